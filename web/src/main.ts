// Entry point of the web app (dashboard and agent console).
import { createApp } from 'vue';
import urql from '@urql/vue';
import App from './App.vue';
import { createAppRouter } from './router.js';
import { createUrqlSetup } from './urql.js';
import './style.css';

const { client } = createUrqlSetup();

createApp(App).use(createAppRouter()).use(urql, client).mount('#app');
