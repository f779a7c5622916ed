// On a phone, a button that opens the camera; the photo is posted with the files chosen beside it.
export function CameraField({ label, name }: { label: string; name: string }) {
  return (
    <div className="field camera-field">
      <label htmlFor="field-camera">{label}</label>
      <input id="field-camera" name={name} type="file" accept="image/*" capture="environment" />
    </div>
  );
}
