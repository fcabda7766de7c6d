/**
 * The storage layer's tests, on every engine: PGlite in memory, PGlite on a data directory, and
 * a real PostgreSQL. One process and one database per engine for all the stores (each suite keeps
 * to ids of its own), because opening PGlite costs a second or two and a process per store would
 * pay it again each time. Each suite is a file of its own (`*.suite.ts`).
 */
import { describe } from 'node:test';
import { useEngines, useMigratedDatabase } from '../support/engines.js';
import { commandAnswerStoreSuite } from './command-answer-store.suite.js';
import { eventLogStoreSuite } from './event-log-store.suite.js';
import { migrationsSuite } from './migrations.suite.js';
import { outcomeStoreSuite } from './outcome-store.suite.js';
import { recordStoreSuite } from './record-store.suite.js';
import { sqlInterfaceSuite } from './sql-interface.suite.js';
import { timerStoreSuite } from './timer-store.suite.js';

const engines = useEngines();

for (const engine of engines) {
  void describe(`storage on ${engine.name}`, () => {
    migrationsSuite(engine);
    const target = useMigratedDatabase(engine);
    sqlInterfaceSuite(target);
    eventLogStoreSuite(target);
    commandAnswerStoreSuite(target);
    recordStoreSuite(target);
    outcomeStoreSuite(target);
    timerStoreSuite(target);
  });
}
