// HTTP errors for loaders and actions. A thrown JSON Response serves both worlds: resource
// routes (the API) answer it as is, and pages render it in the error boundary by status.

export function httpError(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: message }, { status, headers });
}

export function notFound(message = "Not found"): Response {
  return httpError(404, message);
}

export function forbidden(message = "You are not allowed to do this"): Response {
  return httpError(403, message);
}

export function badRequest(message: string): Response {
  return httpError(400, message);
}
