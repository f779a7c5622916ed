// .docx to plain text with mammoth (raw text, one paragraph a line).
import mammoth from "mammoth";
import { DocumentError } from "~/domain/document/errors";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return result.value.replace(/\n{3,}/g, "\n\n").trim();
  } catch (error) {
    throw new DocumentError("unreadable_docx", `The Word document cannot be read: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
