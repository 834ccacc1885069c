/**
 * Cold start of the server process (`tsx server/main.ts`, as `npm start` runs it after the build) to
 * the moment it logs "ready": includes loading the knowledge base, the sandbox fixtures and the FHIR
 * definitions.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../../tests/setup/test-server';

/**
 * @returns seconds from spawn to the "ready" log line
 */
export async function benchStartup(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), PGLITE_DIR: 'memory', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('server did not become ready within 120 s'));
    }, 120_000);
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.includes('"msg":"ready"')) {
        const seconds = (performance.now() - started) / 1000;
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(Math.round(seconds * 100) / 100);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!buffer.includes('"msg":"ready"')) {
        reject(new Error(`server exited with code ${code} before ready`));
      }
    });
  });
}
