import { render } from "solid-js/web";
import { App } from "./App.tsx";
import { locale } from "./i18n/index.ts";
import { NoticeArea } from "./ui/NoticeArea.tsx";
import "./ui/base.css";

const root = document.getElementById("root");
if (!root) throw new Error('The page has no element "#root" to mount the app in');

document.documentElement.lang = locale();
render(
  () => (
    <>
      <App />
      <NoticeArea />
    </>
  ),
  root,
);
