// The page's only script, inline and small (no React on this page). It registers the service
// worker for /d/ and asks it to keep this page (CSS inline, so one URL) for offline use; shows
// the offline note when needed; and turns "Download PDF" into a button with a pending state
// and a message that says what went wrong. Without it every link still works.
export const PAGE_SCRIPT = `(function(){
var n=document.getElementById("offline-note");
function s(){if(n)n.hidden=navigator.onLine}
addEventListener("online",s);addEventListener("offline",s);s();
var a=document.querySelector("a[data-pdf]"),er=document.getElementById("pdf-error");
if(a&&er&&window.fetch&&window.URL&&URL.createObjectURL)a.addEventListener("click",function(e){
if(e.metaKey||e.ctrlKey||e.shiftKey)return;e.preventDefault();if(a.getAttribute("aria-busy"))return;
var l=a.textContent;a.textContent=a.getAttribute("data-busy");a.setAttribute("aria-busy","true");er.textContent="";
fetch(a.href,{credentials:"same-origin"}).then(function(r){if(!r.ok)throw 0;
var d=r.headers.get("Content-Disposition")||"",m=/filename\\*=UTF-8''([^;]+)/i.exec(d),f=m?decodeURIComponent(m[1]):(/filename="([^"]+)"/.exec(d)||[])[1]||"itinerary.pdf";
return r.blob().then(function(b){var u=URL.createObjectURL(b),x=document.createElement("a");x.href=u;x.download=f;document.body.appendChild(x);x.click();x.remove();setTimeout(function(){URL.revokeObjectURL(u)},1e4)})
}).catch(function(){er.textContent=a.getAttribute(navigator.onLine?"data-failed":"data-offline")}).then(function(){a.textContent=l;a.removeAttribute("aria-busy")});
});
if(!("serviceWorker" in navigator))return;
navigator.serviceWorker.register("/d/sw.js",{scope:"/d/"}).then(function(){return navigator.serviceWorker.ready}).then(function(r){
var c=new MessageChannel();c.port1.onmessage=function(){document.documentElement.setAttribute("data-offline-ready","")};
r.active&&r.active.postMessage({type:"CACHE_URLS",payload:{urlsToCache:[location.href]}},[c.port2]);
}).catch(function(){});
})();`;
