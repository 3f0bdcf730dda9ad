import type { OutputChunk, RolldownOutput } from 'rolldown';
import { buildApp, ROOT } from '../scripts/production-build.ts';

const OUT_DIR = 'bench/.out/app';

export interface AppBuild {
  readonly outDir: string;
  /** Ids of the modules bundled into the given output files (paths relative to outDir). */
  modulesIn(files: readonly string[]): string[];
}

let built: Promise<AppBuild> | undefined;

function isChunk(item: RolldownOutput['output'][number]): item is OutputChunk {
  return item.type === 'chunk';
}

/** The production build every bench measures, built once per `npm run bench`. */
export function appBuild(): Promise<AppBuild> {
  built ??= (async () => {
    const result = await buildApp(OUT_DIR);
    const outputs = (Array.isArray(result) ? result : [result]).filter(
      (output): output is RolldownOutput => 'output' in output,
    );
    const chunks = outputs.flatMap((output) => output.output.filter(isChunk));
    return {
      outDir: `${ROOT}${OUT_DIR}`,
      modulesIn: (files) =>
        chunks
          .filter((chunk) => files.includes(chunk.fileName))
          .flatMap((chunk) => chunk.moduleIds),
    };
  })();
  return built;
}
