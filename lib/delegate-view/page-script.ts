// The page's only script, inline and small (no React on this page). Once the page is shown it
// tells the server which publication the delegate saw (so "changed" marks start their day
// then, never when a link preview fetches the URL); it registers the service worker for /d/
// and asks it to keep this page (CSS inline, so one URL) for offline use; shows the offline
// note; and turns "Download PDF" into a button with a pending state and a message that says
// what went wrong. Without it every link still works.
export const PAGE_SCRIPT = `(function(){
var d=document,h=d.documentElement,n=d.getElementById("offline-note");
function s(){if(n)n.hidden=navigator.onLine}
addEventListener("online",s);addEventListener("offline",s);s();
var m=d.querySelector("[data-publication]"),sent=0;
function seen(){if(sent||!m||d.visibilityState!=="visible"||!window.fetch)return;sent=1;
fetch(location.pathname+"/seen",{method:"POST",body:m.getAttribute("data-publication"),credentials:"omit",keepalive:true}).then(function(r){if(r.ok)h.setAttribute("data-seen","")}).catch(function(){})}
d.addEventListener("visibilitychange",seen);seen();
var a=d.querySelector("a[data-pdf]"),er=d.getElementById("pdf-error");
if(a&&er&&window.fetch&&window.URL&&URL.createObjectURL)a.addEventListener("click",function(e){
if(e.metaKey||e.ctrlKey||e.shiftKey)return;e.preventDefault();if(a.getAttribute("aria-busy"))return;
var l=a.textContent;a.textContent=a.getAttribute("data-busy");a.setAttribute("aria-busy","true");er.textContent="";
fetch(a.href,{credentials:"same-origin"}).then(function(r){if(!r.ok)throw 0;
var c=r.headers.get("Content-Disposition")||"",x=/filename\\*=UTF-8''([^;]+)/i.exec(c),f=x?decodeURIComponent(x[1]):(/filename="([^"]+)"/.exec(c)||[])[1]||"itinerary.pdf";
return r.blob().then(function(b){var u=URL.createObjectURL(b),k=d.createElement("a");k.href=u;k.download=f;d.body.appendChild(k);k.click();k.remove();setTimeout(function(){URL.revokeObjectURL(u)},1e4)})
}).catch(function(){er.textContent=a.getAttribute(navigator.onLine?"data-failed":"data-offline")}).then(function(){a.textContent=l;a.removeAttribute("aria-busy")});
});
if(!m||!("serviceWorker" in navigator))return;
navigator.serviceWorker.register("/d/sw.js",{scope:"/d/"}).then(function(){return navigator.serviceWorker.ready}).then(function(r){
var c=new MessageChannel();c.port1.onmessage=function(){h.setAttribute("data-offline-ready","")};
r.active&&r.active.postMessage({type:"CACHE_URLS",urls:[location.href]},[c.port2]);
}).catch(function(){});
})();`;
