/*
 * Draws the helpdesks on a map when map tiles are configured.
 *
 * Reads the data written by json_script (#helpdesk-features, #map-config).
 * Without a tile URL, without Leaflet or without the container it does
 * nothing: the list of helpdesks under the map is the content, the map an aid.
 */
(function () {
  "use strict";

  // Roughly Piedmont, for when no helpdesk is listed.
  var REGION_CENTRE = [45.05, 7.9];
  var REGION_ZOOM = 8;

  function readJson(id) {
    var element = document.getElementById(id);
    if (!element) {
      return null;
    }
    try {
      return JSON.parse(element.textContent);
    } catch (error) {
      return null;
    }
  }

  // Built as DOM nodes, never as an HTML string, so titles cannot inject markup.
  function popupContent(properties) {
    var wrapper = document.createElement("div");
    var link = document.createElement("a");
    link.href = properties.url || "#";
    link.textContent = properties.title || "";
    wrapper.appendChild(link);
    var place = [properties.address, properties.municipality].filter(Boolean).join(", ");
    if (place) {
      var address = document.createElement("p");
      address.className = "mb-0 small";
      address.textContent = place;
      wrapper.appendChild(address);
    }
    return wrapper;
  }

  function drawMap() {
    var config = readJson("map-config");
    var collection = readJson("helpdesk-features");
    var container = document.getElementById("helpdesk-map");
    if (!config || !config.tileUrl || !collection || !container || !window.L) {
      return;
    }
    var L = window.L;

    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false, keyboard: true });
    // Only the tiles' own attribution: the default prefix links to a third-party site.
    map.attributionControl.setPrefix(false);
    L.tileLayer(config.tileUrl, { attribution: config.attribution || "", maxZoom: 18 }).addTo(map);

    var points = [];
    (collection.features || []).forEach(function (feature) {
      var coordinates = feature.geometry && feature.geometry.coordinates;
      if (!coordinates) {
        return;
      }
      // GeoJSON is longitude first; Leaflet wants latitude first.
      var latLng = [coordinates[1], coordinates[0]];
      var properties = feature.properties || {};
      // Leaflet markers are focusable buttons; title and alt name them.
      L.marker(latLng, { title: properties.title, alt: properties.title, keyboard: true })
        .bindPopup(popupContent(properties))
        .addTo(map);
      points.push(latLng);
    });

    if (points.length) {
      map.fitBounds(points, { padding: [48, 48], maxZoom: 14 });
    } else {
      map.setView(REGION_CENTRE, REGION_ZOOM);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawMap);
  } else {
    drawMap();
  }
})();
