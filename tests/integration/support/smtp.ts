// A minimal SMTP server for email tests: accepts every message (or refuses them all) and keeps what it got.
import { createServer, type Server } from "node:net";

export function smtpSink(refuse = false) {
  const messages: string[] = [];
  const server: Server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            socket.write("250 queued\r\n");
          } else messages[messages.length - 1] += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
        else if (verb === "MAIL") socket.write(refuse ? "550 no\r\n" : "250 ok\r\n");
        else if (verb === "RCPT") socket.write("250 ok\r\n");
        else if (verb === "DATA") {
          inData = true;
          messages.push("");
          socket.write("354 go\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise<{ port: number; messages: string[]; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve({ port: address.port, messages, close: () => server.close() });
    }),
  );
}
