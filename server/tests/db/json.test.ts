import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { bodyHash } from '../../src/db/command-answer-store.js';
import { canonicalJson, jsonText } from '../../src/db/json.js';

void describe('canonical JSON, what command bodies are compared by', () => {
  void it('sorts object keys at every depth, keeps array order, and has no whitespace', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: 'x' } }), '{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}');
    // Integer-like keys too: JSON.stringify would put "2" before "10" whatever the order asked for.
    assert.equal(canonicalJson({ 2: 'two', 10: 'ten', a: 0 }), '{"10":"ten","2":"two","a":0}');
  });

  void it('leaves out undefined fields as JSON.stringify does, and writes undefined in an array as null', () => {
    assert.equal(canonicalJson({ a: undefined, b: [undefined, 1] }), '{"b":[null,1]}');
  });

  void it('refuses what JSON cannot carry faithfully instead of turning it into something else', () => {
    assert.throws(() => canonicalJson(Number.NaN), TypeError);
    assert.throws(() => canonicalJson({ at: new Date(0) }), TypeError);
    assert.throws(() => canonicalJson(() => 1), TypeError);
    assert.throws(() => jsonText(undefined, 'x'), /not JSON/);
  });

  void it('BE-5 hashes one body alike whatever its key order, and another body differently', () => {
    const command = { type: 'get-record', commandId: 'c-1', campaignId: 'spring' };
    const reordered = { campaignId: 'spring', commandId: 'c-1', type: 'get-record' };
    assert.equal(bodyHash(command), bodyHash(reordered));
    assert.notEqual(bodyHash(command), bodyHash({ ...command, campaignId: 'autumn' }));
    assert.equal(bodyHash(command), createHash('sha256').update('{"campaignId":"spring","commandId":"c-1","type":"get-record"}').digest('hex'));
  });
});
