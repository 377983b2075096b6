// Lets tsc type the `.vue` imports of these tests (Vite compiles the SFCs at test time).
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
