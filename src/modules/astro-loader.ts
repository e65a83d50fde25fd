/**
 * The content-layer loader of the `modules` collection. It validates with the same code as the
 * grader (load-modules.ts) and throws on the first sync with every problem listed, so `astro build`
 * and `astro dev` stop with `content/modules/<file>.yaml: <field>: unknown exercise id "…"`.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCourseContent } from './catalog.ts';
import { loadModules, MODULES_DIR } from './load-modules.ts';

export function modulesLoader(): Loader {
  return {
    name: 'pml-modules',
    async load({ store, parseData, config, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const sync = async (): Promise<void> => {
        const modules = loadModules(root, loadCourseContent(root).known);
        store.clear();
        for (const module of modules) {
          const data = await parseData({ id: module.id, data: { ...module } });
          store.set({ id: module.id, data, filePath: `${MODULES_DIR}/${module.id}.yaml` });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (!/[\\/]content[\\/](modules|lessons|exercises)[\\/]/.test(path)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
