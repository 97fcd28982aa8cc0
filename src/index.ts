// The app's entry points: exactly the handlers manifest.yml names, nothing else.

// resolvers
export { adminResolver } from './resolvers/admin-resolver';
