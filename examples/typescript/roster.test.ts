// An integration test suite against Roster, with DevRev's own TypeScript SDK.
//
//   ROSTER_OPERATOR_TOKEN=<32+ characters> java -jar target/roster.jar serve --in-memory --fixtures fixtures
//   npm install @devrev/typescript-sdk tsx
//   ROSTER_OPERATOR_TOKEN=<the same> npx tsx --test examples/typescript/roster.test.ts
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { client } from '@devrev/typescript-sdk';

const ROSTER = process.env.ROSTER_URL ?? 'http://127.0.0.1:8080';
const OPERATOR = process.env.ROSTER_OPERATOR_TOKEN ?? '';

/** Roster's own operations: DevRev's conventions, under /_roster/. */
async function roster(operation: string, token: string, body: object = {}): Promise<any> {
  const res = await fetch(`${ROSTER}/_roster/${operation}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${operation}: ${res.status} ${await res.text()}`);
  return res.json();
}

let org: { dev_org: { id: string }; token: string };
let devrev: ReturnType<typeof client.setupBeta>;

// A dev org of this suite's own, filled from the acme fixture: other suites can run at the same time.
before(async () => {
  org = await roster('dev-orgs.create', OPERATOR, { fixture: 'acme' });
  devrev = client.setupBeta({ endpoint: ROSTER, token: org.token });
});

// Every test starts from the org as it was made, fixture included, with an empty journal.
beforeEach(async () => {
  await roster('reset', org.token);
  await roster('requests.clear', org.token);
});

after(() => roster('dev-orgs.delete', OPERATOR, { id: org.dev_org.id }));

test('the fixture is there', async () => {
  const accounts = (await devrev.accountsList()).data.accounts;
  assert.deepEqual(accounts.map((a) => a.display_name).sort(), ['Globex Corporation', 'Initech']);
});

test('a reset undoes what the previous test did', async () => {
  await devrev.revUsersCreate({ display_name: 'Temp', email: 'temp@example.com' });
  await roster('reset', org.token);
  const found = (await devrev.revUsersList({ email: ['temp@example.com'] })).data.rev_users;
  assert.equal(found.length, 0);
});

test('a 503 on the first create, and what the client sent', async () => {
  await roster('faults.create', org.token, { operation: 'rev-users.create', respond: { status: 503 } });
  await assert.rejects(devrev.revUsersCreate({ email: 'retry@example.com' }), (e: any) => e.response?.status === 503);
  // The retry, as a client's retry logic would send it, gets through: the fault fired once.
  await devrev.revUsersCreate({ email: 'retry@example.com' });

  const journal = await roster('requests.list', org.token, { operation: 'rev-users.create' });
  assert.deepEqual(journal.requests.map((r: any) => r.status), [201, 503]); // newest first
  assert.ok(journal.requests[1].fault);
});
