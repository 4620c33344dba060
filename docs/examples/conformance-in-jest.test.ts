import { describeConformance, referenceLoader } from 'imsim/contracts';

// A wrapper repository runs the conformance checks with its other tests: one jest test per method, listener
// setter and rule. Here the target is imsim's reference wrapper; a wrapper repository passes its own loader
// (`wrapperLoader('src/index.ts')`) instead.
describeConformance({ sdk: 'rongcloud-rn', load: referenceLoader, only: ['sendMessage', 'setOnMessageReceivedListener', 'send-rate-limit'], numRuns: 5 });
