/**
 * The embed's one inline script: it applies the query's view, theme, controls and legend switch before first
 * paint. It lives here, as a constant, so the document (embed/chrome.ts) and its
 * Content-Security-Policy hash (headers.ts) can never disagree.
 */
export const EMBED_BOOT_SCRIPT = `(function(){try{var p=new URLSearchParams(location.search),d=document.documentElement;var v=p.get('view');if(v==='map'||v==='timeline')d.dataset.view=v;if(p.get('theme')==='dark')d.dataset.theme='dark';if(p.get('controls')==='0')d.dataset.controls='0';if(p.get('legend')==='0'||p.get('legend')==='false')d.dataset.legend='0';d.classList.add('js')}catch(e){}})();`;
