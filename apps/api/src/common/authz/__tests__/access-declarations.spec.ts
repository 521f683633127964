import 'reflect-metadata';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import pg from 'pg';
import { AppModule } from '../../../app.module.js';
import { loadConfig } from '../../config/config.js';
import { ACCESS_KEY } from '../access.decorators.js';

const OPERATION_KINDS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Every root operation declares who may call it. The list is pinned as a snapshot, so a change of
 * access shows in review as a change of this file's snapshot.
 */
describe('access declarations', () => {
  it('every query and mutation declares @Public() or @SignedIn(), as pinned', async () => {
    const pool = new pg.Pool({ connectionString: 'postgresql://unused@127.0.0.1:1/unused' });
    const app = await NestFactory.create(AppModule.forRoot({ ...loadConfig({}), logLevel: 'silent' }, pool), {
      logger: false,
    });
    await app.init();
    const declarations: string[] = [];
    const wrappers = [...app.get(ModulesContainer).values()].flatMap((module) => [
      ...module.providers.values(),
    ]);
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      const methods = new Map<string, unknown>();
      for (
        let p: object | null = prototype;
        p && p !== Object.prototype;
        p = Object.getPrototypeOf(p) as object | null
      ) {
        // Descriptors, not property reads: reading a getter of a framework class can have effects.
        for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
          if (!methods.has(name) && typeof descriptor.value === 'function')
            methods.set(name, descriptor.value);
        }
      }
      for (const [name, method] of methods) {
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (!kind || !OPERATION_KINDS.has(kind)) continue;
        const operation =
          (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? name;
        const access =
          (Reflect.getMetadata(ACCESS_KEY, method) as string | undefined) ??
          (Reflect.getMetadata(ACCESS_KEY, instance.constructor) as string | undefined) ??
          'UNDECLARED';
        declarations.push(`${kind}.${operation}: ${access}`);
      }
    }
    await app.close();
    await pool.end();
    declarations.sort();
    expect(declarations).not.toContainEqual(expect.stringMatching(/UNDECLARED$/));
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations).toMatchSnapshot();
  });
});
