import type { OutputChunk, RolldownOutput } from 'rolldown';
import { buildApp, ROOT } from '../scripts/production-build.ts';

const OUT_DIR = 'bench/.out/app';

export interface AppBuild {
  readonly outDir: string;
  /** Ids of the modules bundled into the given output files (paths relative to outDir). */
  modulesIn(files: readonly string[]): string[];
  /**
   * The output files a lazily loaded screen needs before it can render: the chunk built from
   * `source` (a path ending, such as 'patients-page.tsx') and everything it imports statically.
   */
  screenFiles(source: string): string[];
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
      screenFiles: (source) => {
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(source));
        if (!start) throw new Error(`no chunk is built from ${source}`);
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name)) return;
          files.add(name);
          for (const imported of byName.get(name)?.imports ?? []) visit(imported);
        };
        visit(start.fileName);
        return [...files];
      },
    };
  })();
  return built;
}
