// Entry of dist/embed.js, the script schools paste: <script src=".../embed.js" async></script>.
import { define } from "./element";

define();
