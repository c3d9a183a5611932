import { Unzip, UnzipInflate } from "fflate";

/**
 * Inflates a zip archive without keeping its contents and reports whether the
 * entries add up to more than `limitBytes`. The sizes in a zip's headers can lie,
 * so it counts what inflation really yields and stops as soon as the limit is
 * passed: a small .docx can otherwise expand to gigabytes inside mammoth.
 * Throws when the archive is not a readable zip.
 */
export function zipContentExceeds(archive: Uint8Array, limitBytes: number): boolean {
  let total = 0;
  let exceeded = false;
  let failure: Error | null = null;

  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) {
        failure = error;
        return;
      }
      total += chunk.length;
      if (total > limitBytes && !exceeded) {
        exceeded = true;
        file.terminate();
      }
    };
    if (!exceeded) file.start();
  });
  unzip.register(UnzipInflate);

  // Feed in slices so inflation stops soon after the limit instead of after the
  // whole archive.
  const sliceBytes = 64 * 1024;
  for (let offset = 0; offset < archive.length && !exceeded; offset += sliceBytes) {
    const end = Math.min(archive.length, offset + sliceBytes);
    unzip.push(archive.subarray(offset, end), end === archive.length);
    if (failure) throw failure;
  }
  return exceeded;
}
