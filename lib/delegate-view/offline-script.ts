// The page's only script, inline and tiny: registers the service worker for /d/, asks it to
// keep this page (CSS inline, so one URL) for offline use, and shows the offline note when needed.
export const OFFLINE_SCRIPT = `(function(){
var n=document.getElementById("offline-note");
function s(){if(n)n.hidden=navigator.onLine}
addEventListener("online",s);addEventListener("offline",s);s();
if(!("serviceWorker" in navigator))return;
navigator.serviceWorker.register("/d/sw.js",{scope:"/d/"}).then(function(){return navigator.serviceWorker.ready}).then(function(r){
var u=[location.href];
var c=new MessageChannel();c.port1.onmessage=function(){document.documentElement.setAttribute("data-offline-ready","")};
r.active&&r.active.postMessage({type:"CACHE_URLS",payload:{urlsToCache:u}},[c.port2]);
}).catch(function(){});
})();`;

