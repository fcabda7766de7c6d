import { ctiHarness } from './cti-harness.js';
import { describePhoneBehaviour } from './phone-behaviour.js';

describePhoneBehaviour('CTI desk phone on the simulator', ctiHarness);
