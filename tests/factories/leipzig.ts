import type { VisitFileInput } from "@/lib/visits/file-schema";
import { at, contact, delegate, organisation, slot, venue } from "./visit-file";

// Leipzig's delegation to Birmingham, 10–13 June 2025 (../shared/seed/). People, hosts and
// places are the article's; where it gives no time or no address, the times and the venues
// of the Road Show and the Design Festival are plausible picks (see README).

const TZ = "Europe/London";
const t = (date: string, time: string) => at(date, time, TZ);
const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) => days.map((day) => ({ day, opens, closes }));

export function leipzigVisit(): VisitFileInput {
  return {
    format: "itinera.visit",
    formatVersion: 1,
    visit: {
      title: "Leipzig delegation to Birmingham",
      guestCity: "Leipzig",
      hostCity: "Birmingham",
      firstDay: "2025-06-10",
      lastDay: "2025-06-13",
      timeZone: TZ,
      travel: { mode: "DRIVE", speedKmh: 20, detourFactor: 1.4 },
    },
    venues: [
      venue({ key: "council-house", name: "The Council House", address: "Victoria Square, Birmingham", postcode: "B1 1BB", latitude: 52.4797, longitude: -1.9031, accessNotes: "Step-free entrance on Waterloo Street; ask at reception for International Affairs.", openingHours: weekdays("08:00", "18:00") }),
      venue({ key: "chamberlain-room", name: "Chamberlain Room, The Council House", address: "Victoria Square, Birmingham", postcode: "B1 1BB", latitude: 52.4797, longitude: -1.9031, accessNotes: "First floor; lift from the Victoria Square entrance.", openingHours: weekdays("08:00", "22:00") }),
      venue({ key: "steamhouse", name: "STEAMhouse", address: "Belmont Row, Birmingham", postcode: "B4 7RQ", latitude: 52.4827, longitude: -1.8836, openingHours: weekdays("08:30", "18:00") }),
      venue({ key: "floating-garden", name: "Grand Union – Floating Garden", address: "Minerva Works, 158 Fazeley Street, Birmingham", postcode: "B5 5RS", latitude: 52.4778, longitude: -1.8813, accessNotes: "Canal towpath access; uneven ground near the moorings.", openingHours: weekdays("10:00", "19:00", [2, 3, 4, 5, 6]) }),
      venue({ key: "aston", name: "Aston University", address: "Aston Triangle, Birmingham", postcode: "B4 7ET", latitude: 52.4862, longitude: -1.8904, accessNotes: "Main Building reception, Aston Street entrance.", openingHours: weekdays("08:00", "19:00") }),
      venue({ key: "uob", name: "University of Birmingham", address: "Edgbaston, Birmingham", postcode: "B15 2TT", latitude: 52.4508, longitude: -1.9305, accessNotes: "Aston Webb Building; visitor parking in the North car park.", openingHours: weekdays("08:00", "19:00") }),
      venue({ key: "road-show", name: "German Career Road Show – Millennium Point", address: "Curzon Street, Birmingham", postcode: "B4 7XG", latitude: 52.4829, longitude: -1.8862, openingHours: weekdays("08:00", "18:00") }),
      venue({ key: "design-festival", name: "Birmingham Design Festival – The Exchange", address: "3 Centenary Square, Birmingham", postcode: "B1 2DR", latitude: 52.4797, longitude: -1.9085, openingHours: weekdays("09:00", "18:00", [1, 2, 3, 4, 5, 6]) }),
    ],
    organisations: [
      organisation({ key: "bcc", name: "Birmingham City Council – International Affairs", website: "https://www.birmingham.gov.uk", contacts: [
        contact({ key: "ia-lead", name: "International Affairs team", role: "Visit lead", email: "international.affairs@example.org", phone: "+44 121 496 0100", precedence: 6 }),
        contact({ key: "weber", name: "Katrin Weber", role: "Interpreter, German and English", email: "k.weber@example.org", phone: "+44 7700 900123", precedence: 7,
          formOfAddress: { en: "Ms Weber", de: "Frau Weber" }, pronunciation: "KAT-rin VAY-ber" }),
      ] }),
      organisation({ key: "aston-uni", name: "Aston University", website: "https://www.aston.ac.uk", contacts: [
        contact({ key: "caine", name: "Prof Mike Caine", role: "Pro Vice Chancellor for Research and Enterprise", email: "m.caine@example.org", phone: "+44 121 496 0200", precedence: 2,
          formOfAddress: { en: "Professor Caine", de: "Herr Professor Caine" } }),
        contact({ key: "odena", name: "Angels Odena", role: "Research Services", email: "a.odena@example.org", phone: "+44 121 496 0201", precedence: 4 }),
        contact({ key: "turner", name: "Dr Ed Turner", role: "Co-director, Aston Centre for Europe", email: "e.turner@example.org", phone: "+44 121 496 0202", precedence: 3,
          formOfAddress: { en: "Dr Turner", de: "Herr Dr. Turner" } }),
      ] }),
      organisation({ key: "uob-org", name: "University of Birmingham", website: "https://www.birmingham.ac.uk", contacts: [
        contact({ key: "uob-intl", name: "International Relations Office", role: "Visit host", email: "international@example.org", phone: "+44 121 496 0300", precedence: 5 }),
      ] }),
      organisation({ key: "steamhouse-org", name: "STEAMhouse", website: "https://steamhouse.org.uk", contacts: [
        contact({ key: "steam-team", name: "STEAMhouse team", role: "Tour host", email: "hello@example.org", phone: "+44 121 496 0400", precedence: 8 }),
      ] }),
      organisation({ key: "bertz", name: "Bertz Associates", contacts: [
        contact({ key: "bertz-lead", name: "Bertz Associates", role: "Partnership and funding advice", email: "office@example.org", phone: "+44 121 496 0500", precedence: 10 }),
      ] }),
      organisation({ key: "grand-union", name: "Grand Union", website: "https://grand-union.org.uk", contacts: [
        contact({ key: "gu-team", name: "Grand Union team", role: "Floating Garden guide", email: "info@example.org", phone: "+44 121 496 0600", precedence: 9 }),
      ] }),
      organisation({ key: "lord-mayor", name: "Office of the Lord Mayor of Birmingham", contacts: [
        contact({ key: "lm", name: "The Lord Mayor of Birmingham", role: "Host of the reception", email: "lord.mayor@example.org", phone: "+44 121 496 0700", precedence: 1,
          formOfAddress: { en: "Lord Mayor", de: "Oberbürgermeister" },
          biography: "The Lord Mayor is Birmingham's first citizen, chairs the City Council and represents the city at civic and ceremonial events, including the welcome of delegations from its partner cities." }),
      ] }),
    ],
    delegates: [
      delegate({ key: "blum", name: "Manuela Blum", honorific: "Ms", position: "Department Office for International Affairs", organisation: "City of Leipzig", email: "manuela.blum@example.de", phone: "+49 341 555 0101", language: "de", homeTimeZone: "Europe/Berlin", arrival: t("2025-06-10", "12:40"), departure: t("2025-06-13", "17:30"),
        precedence: 1, formOfAddress: { en: "Ms Blum", de: "Frau Blum" }, pronunciation: "ma-noo-EL-a BLOOM",
        biography: "Manuela Blum works in the City of Leipzig's Department Office for International Affairs and leads the delegation. She looks after Leipzig's city partnerships, Birmingham among them.",
        hotel: { name: "Hyatt Regency Birmingham", address: "2 Bridge Street, Birmingham B1 2JZ", checkIn: t("2025-06-10", "14:00"), checkOut: t("2025-06-13", "10:00") } }),
      delegate({ key: "nolting", name: "Antje Nolting", honorific: "Dr", position: "Lead, science agenda", organisation: "City of Leipzig", email: "antje.nolting@example.de", phone: "+49 341 555 0102", language: "de", homeTimeZone: "Europe/Berlin", arrival: t("2025-06-10", "12:40"), departure: t("2025-06-13", "17:30"), dietaryNeeds: "Vegetarian",
        precedence: 2, formOfAddress: { en: "Dr Nolting", de: "Frau Dr. Nolting" }, pronunciation: "AN-tye NOLL-ting",
        biography: "Dr Antje Nolting leads the City of Leipzig's science agenda: the links between the city, its universities and research institutes, and European research funding.",
        hotel: { name: "Hyatt Regency Birmingham", address: "2 Bridge Street, Birmingham B1 2JZ", checkIn: t("2025-06-10", "14:00"), checkOut: t("2025-06-13", "10:00") } }),
      delegate({ key: "dietrich", name: "Ines Dietrich", honorific: "Ms", position: "Creative industries network", organisation: "Kreatives Leipzig e.V.", email: "ines.dietrich@example.de", phone: "+49 341 555 0103", language: "en", homeTimeZone: "Europe/Berlin", arrival: t("2025-06-10", "12:40"), departure: t("2025-06-13", "17:30"),
        precedence: 3, formOfAddress: { en: "Ms Dietrich", de: "Frau Dietrich" }, pronunciation: "EE-ness DEE-trish",
        biography: "Ines Dietrich works for Kreatives Leipzig e.V., the network of Leipzig's creative industries.",
        hotel: { name: "Hyatt Regency Birmingham", address: "2 Bridge Street, Birmingham B1 2JZ", checkIn: t("2025-06-10", "14:00"), checkOut: t("2025-06-13", "10:00") } }),
    ],
    slots: [
      // Tuesday 10 June: arrival, welcome, STEAMhouse and the Floating Garden
      slot({ key: "welcome", title: "Welcome and programme briefing", kind: "MEETING", start: t("2025-06-10", "15:00"), end: t("2025-06-10", "16:00"), venue: "council-house", host: "bcc",
        description: "Welcome by Birmingham's International Affairs team; the week's programme and Horizon Europe ambitions of both cities.",
        delegateNotes: "Please bring photo ID for the Council House reception desk.",
        internalNotes: "Book Committee Room 2; tea and coffee for 8.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "HOST" }, { person: "bertz-lead", role: "SPEAKER" }],
        protocol: { dressCode: "BUSINESS", interpreting: { languages: "German ↔ English", interpreter: "weber" },
          talkingPoints: "Welcome to Birmingham on behalf of the City Council.\nThe week's programme and its aims.\nHorizon Europe: where the two cities can bid together." } }),
      slot({ key: "steamhouse-tour", title: "STEAMhouse: Birmingham's hub for creative innovation", kind: "VISIT", start: t("2025-06-10", "16:30"), end: t("2025-06-10", "17:30"), venue: "steamhouse", host: "steamhouse-org",
        description: "Tour of the workshops and studios, and a conversation on creative-industry support.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "steam-team", role: "HOST" }, { person: "ia-lead", role: "ESCORT" }] }),
      slot({ key: "floating", title: "Grand Union's Floating Garden", kind: "VISIT", start: t("2025-06-10", "17:45"), end: t("2025-06-10", "18:45"), venue: "floating-garden", host: "grand-union",
        description: "Community-led urban regeneration on the Digbeth canal side.",
        delegateNotes: "Outdoor visit by the canal: flat shoes recommended.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "gu-team", role: "HOST" }, { person: "ia-lead", role: "ESCORT" }],
        protocol: { dressCode: "OUTDOOR", dressCodeNotes: "By the canal: flat shoes and a light jacket." } }),
      // Wednesday 11 June: the two universities
      slot({ key: "aston-meeting", title: "Aston University: research and knowledge exchange", kind: "MEETING", start: t("2025-06-11", "09:30"), end: t("2025-06-11", "12:30"), venue: "aston", host: "aston-uni",
        description: "Welcome from Professor Mike Caine; Aston researchers present cybersecurity innovation, educational research, virtual reality in historical storytelling and interdisciplinary public engagement. Chaired by Dr Ed Turner.",
        delegateNotes: "Leipzig's interest: formats that bring academic insight to broader audiences.",
        attendees: [{ person: "blum" }, { person: "nolting", role: "SPEAKER" }, { person: "dietrich" }, { person: "turner", role: "CHAIR" }, { person: "caine", role: "HOST" }, { person: "odena", role: "ATTENDEE" }],
        protocol: { dressCode: "BUSINESS", interpreting: { languages: "German ↔ English", interpreterName: "Lena Hartmann (freelance)" },
          talkingPoints: "Aston's work on bringing research to wider audiences.\nJoint Horizon Europe bids with Leipzig University.\nStudent and researcher exchanges." } }),
      slot({ key: "aston-lunch", title: "Lunch with Aston researchers", kind: "MEAL", start: t("2025-06-11", "12:30"), end: t("2025-06-11", "13:30"), venue: "aston", host: "aston-uni",
        internalNotes: "Dr Nolting is vegetarian: confirmed with catering.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "odena", role: "HOST" }] }),
      slot({ key: "uob-meeting", title: "University of Birmingham: Horizon Europe partnerships", kind: "MEETING", start: t("2025-06-11", "14:30"), end: t("2025-06-11", "16:30"), venue: "uob", host: "uob-org",
        description: "Potential topics for co-operation and joint Horizon Europe bids.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "uob-intl", role: "HOST" }, { person: "bertz-lead", role: "SPEAKER" }] }),
      // Thursday 12 June: the Road Show and the Lord Mayor's reception
      slot({ key: "road-show-day", title: "German Career Road Show", kind: "EVENT", start: t("2025-06-12", "09:00"), end: t("2025-06-12", "17:00"), venue: "road-show", host: "bcc",
        description: "A day-long event promoting international career pathways.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "ESCORT" }] }),
      slot({ key: "reception", title: "Lord Mayor's reception in honour of the Leipzig delegation", kind: "RECEPTION", start: t("2025-06-12", "18:30"), end: t("2025-06-12", "20:30"), venue: "chamberlain-room", host: "lord-mayor",
        description: "Evening reception hosted by the Lord Mayor of Birmingham, with a performance by the Leipzig a cappella group Ensemble Nobilis.",
        delegateNotes: "Dress: business attire. Short remarks by Ms Blum on behalf of the City of Leipzig.",
        internalNotes: "Ensemble Nobilis arrive 17:30 for a sound check.",
        attendees: [{ person: "blum", role: "SPEAKER" }, { person: "nolting" }, { person: "dietrich" }, { person: "lm", role: "HOST" }, { person: "ia-lead", role: "ESCORT" }],
        protocol: {
          dressCode: "LOUNGE_SUIT", dressCodeNotes: "Lounge suit or business attire.",
          interpreting: { languages: "German ↔ English", interpreter: "weber" },
          press: true, pressNotes: "Council photographer for the gift exchange (18:50) and the Ensemble Nobilis performance (19:15); press release the next morning.",
          seatingNotes: "Receiving line at the Chamberlain Room doors: the Lord Mayor, then Ms Blum. Ensemble Nobilis sing from the north end; front-row chairs for the delegation, the Lord Mayor between Ms Blum and Dr Nolting.",
          talkingPoints: "Welcome the delegation to the Council House on behalf of the citizens of Birmingham.\nThe partnership between Birmingham and Leipzig: universities, creative industries, young people's careers.\nThank Ensemble Nobilis for travelling from Leipzig to sing tonight.\nInvite Ms Blum to say a few words; exchange gifts after her remarks.",
          gifts: [
            { direction: "GIVEN", giver: "The Lord Mayor of Birmingham", item: "Engraved silver dish from the Jewellery Quarter", recipient: "Ms Manuela Blum for the City of Leipzig", value: 180, currency: "GBP" },
            { direction: "RECEIVED", giver: "Ms Manuela Blum for the City of Leipzig", item: "Porcelain plate with the Leipzig coat of arms", recipient: "The Lord Mayor of Birmingham", value: 240, currency: "EUR", notes: "Register under gifts received by the Lord Mayor's office." },
          ],
        } }),
      // Friday 13 June: the Design Festival and departure
      slot({ key: "design", title: "Birmingham Design Festival", kind: "EVENT", start: t("2025-06-13", "10:00"), end: t("2025-06-13", "12:30"), venue: "design-festival", host: "bcc",
        description: "The city's design and creative industries first-hand.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "ESCORT" }],
        protocol: { dressCode: "SMART_CASUAL" } }),
      slot({ key: "farewell", title: "Farewell lunch", kind: "MEAL", start: t("2025-06-13", "12:45"), end: t("2025-06-13", "14:00"), venue: "council-house", host: "bcc",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "HOST" }] }),
    ],
    legs: [
      { from: { kind: "AIRPORT", place: "Birmingham Airport (BHX), arrivals hall" }, to: { kind: "HOTEL" }, mode: "MINIBUS", pickUp: t("2025-06-10", "13:05"), arrive: t("2025-06-10", "13:45"),
        pickUpPlace: "Arrivals hall, by the Costa Coffee; driver holds a 'City of Leipzig' sign", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", passengers: ["blum", "nolting", "dietrich"] },
      { from: { kind: "HOTEL" }, to: { kind: "SLOT", slot: "welcome" }, mode: "WALK", pickUp: t("2025-06-10", "14:40"), arrive: t("2025-06-10", "14:55"),
        pickUpPlace: "Hotel lobby", route: "Broad Street, Centenary Square, Paradise Street to Victoria Square (about 1 km)", passengers: ["blum", "nolting", "dietrich", "ia-lead"] },
      { from: { kind: "SLOT", slot: "welcome" }, to: { kind: "SLOT", slot: "steamhouse-tour" }, mode: "CAR", pickUp: t("2025-06-10", "16:05"), arrive: t("2025-06-10", "16:20"),
        pickUpPlace: "Council House, Waterloo Street entrance", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", passengers: ["blum", "nolting", "dietrich", "ia-lead"] },
      { from: { kind: "SLOT", slot: "floating" }, to: { kind: "HOTEL" }, mode: "MINIBUS", pickUp: t("2025-06-10", "18:50"), arrive: t("2025-06-10", "19:10"),
        pickUpPlace: "Fazeley Street gate", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", passengers: ["blum", "nolting", "dietrich"] },
      { from: { kind: "HOTEL" }, to: { kind: "SLOT", slot: "aston-meeting" }, mode: "MINIBUS", pickUp: t("2025-06-11", "09:00"), arrive: t("2025-06-11", "09:20"),
        pickUpPlace: "Hotel entrance, Bridge Street", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", passengers: ["blum", "nolting", "dietrich"] },
      { from: { kind: "SLOT", slot: "aston-lunch" }, to: { kind: "SLOT", slot: "uob-meeting" }, mode: "MINIBUS", pickUp: t("2025-06-11", "13:40"), arrive: t("2025-06-11", "14:15"),
        pickUpPlace: "Aston Street entrance", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", passengers: ["blum", "nolting", "dietrich"] },
      { from: { kind: "PLACE", place: "Hyatt Regency Birmingham" }, to: { kind: "PLACE", place: "The Council House, Waterloo Street entrance" }, mode: "MINIBUS", pickUp: t("2025-06-12", "17:05"), arrive: t("2025-06-12", "17:25"),
        pickUpPlace: "Hotel entrance, Bridge Street", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", notes: "Ensemble Nobilis (eight singers) for the 17:30 sound check in the Chamberlain Room." },
      { from: { kind: "HOTEL" }, to: { kind: "SLOT", slot: "reception" }, mode: "CAR", pickUp: t("2025-06-12", "18:05"), arrive: t("2025-06-12", "18:20"),
        pickUpPlace: "Hotel entrance, Bridge Street", vehicle: "Council car (silver Skoda Superb, BV24 LMO)", driverName: "Gary Holt", driverPhone: "+44 7700 900101", passengers: ["blum", "nolting", "dietrich"], notes: "The Lord Mayor greets the delegation at the Victoria Square entrance." },
      { from: { kind: "SLOT", slot: "reception" }, to: { kind: "HOTEL" }, mode: "CAR", pickUp: t("2025-06-12", "20:35"), arrive: t("2025-06-12", "20:50"),
        pickUpPlace: "Victoria Square entrance", vehicle: "Council car (silver Skoda Superb, BV24 LMO)", driverName: "Gary Holt", driverPhone: "+44 7700 900101", passengers: ["blum", "nolting", "dietrich"] },
      { from: { kind: "SLOT", slot: "farewell" }, to: { kind: "AIRPORT", place: "Birmingham Airport (BHX), departures" }, mode: "MINIBUS", pickUp: t("2025-06-13", "14:15"), arrive: t("2025-06-13", "14:55"),
        pickUpPlace: "Council House, Waterloo Street entrance", vehicle: "Minibus (white Ford Transit, BX23 KTL)", driverName: "Sandra Price", driverPhone: "+44 7700 900102", passengers: ["blum", "nolting", "dietrich"] },
    ],
  };
}
