// Public surface of the RongCloud RN 5.X spec: the wrapper's declarations plus the native module they reach.
export * from './RCIMDefines';
export * from './RCIMEngine';
export * from './native';
