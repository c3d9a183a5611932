import { createInterface } from "node:readline";
import { Writable } from "node:stream";

/**
 * Asks a question on the terminal and reads the answer without echoing it, for
 * passwords. readline writes the typed characters to its output, so the output is a
 * stream that swallows everything after the prompt.
 */
export function readHiddenLine(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
  const reader = createInterface({
    input: process.stdin,
    output: silent,
    terminal: true,
  });

  return new Promise((resolve, reject) => {
    reader.once("line", (line) => {
      reader.close();
      process.stdout.write("\n");
      resolve(line);
    });
    reader.once("SIGINT", () => {
      reader.close();
      process.stdout.write("\n");
      reject(new Error("Cancelled"));
    });
  });
}
