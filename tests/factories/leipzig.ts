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
        contact({ key: "ia-lead", name: "International Affairs team", role: "Visit lead", email: "international.affairs@example.org", phone: "+44 121 496 0100" }),
      ] }),
      organisation({ key: "aston-uni", name: "Aston University", website: "https://www.aston.ac.uk", contacts: [
        contact({ key: "caine", name: "Prof Mike Caine", role: "Pro Vice Chancellor for Research and Enterprise", email: "m.caine@example.org", phone: "+44 121 496 0200" }),
        contact({ key: "odena", name: "Angels Odena", role: "Research Services", email: "a.odena@example.org", phone: "+44 121 496 0201" }),
        contact({ key: "turner", name: "Dr Ed Turner", role: "Co-director, Aston Centre for Europe", email: "e.turner@example.org", phone: "+44 121 496 0202" }),
      ] }),
      organisation({ key: "uob-org", name: "University of Birmingham", website: "https://www.birmingham.ac.uk", contacts: [
        contact({ key: "uob-intl", name: "International Relations Office", role: "Visit host", email: "international@example.org", phone: "+44 121 496 0300" }),
      ] }),
      organisation({ key: "steamhouse-org", name: "STEAMhouse", website: "https://steamhouse.org.uk", contacts: [
        contact({ key: "steam-team", name: "STEAMhouse team", role: "Tour host", email: "hello@example.org", phone: "+44 121 496 0400" }),
      ] }),
      organisation({ key: "bertz", name: "Bertz Associates", contacts: [
        contact({ key: "bertz-lead", name: "Bertz Associates", role: "Partnership and funding advice", email: "office@example.org", phone: "+44 121 496 0500" }),
      ] }),
      organisation({ key: "grand-union", name: "Grand Union", website: "https://grand-union.org.uk", contacts: [
        contact({ key: "gu-team", name: "Grand Union team", role: "Floating Garden guide", email: "info@example.org", phone: "+44 121 496 0600" }),
      ] }),
      organisation({ key: "lord-mayor", name: "Office of the Lord Mayor of Birmingham", contacts: [
        contact({ key: "lm", name: "The Lord Mayor of Birmingham", role: "Host of the reception", email: "lord.mayor@example.org", phone: "+44 121 496 0700" }),
      ] }),
    ],
    delegates: [
      delegate({ key: "blum", name: "Manuela Blum", honorific: "Ms", position: "Department Office for International Affairs", organisation: "City of Leipzig", email: "manuela.blum@example.de", phone: "+49 341 555 0101", language: "de", homeTimeZone: "Europe/Berlin", arrival: t("2025-06-10", "12:40"), departure: t("2025-06-13", "17:30") }),
      delegate({ key: "nolting", name: "Antje Nolting", honorific: "Dr", position: "Lead, science agenda", organisation: "City of Leipzig", email: "antje.nolting@example.de", phone: "+49 341 555 0102", language: "de", homeTimeZone: "Europe/Berlin", arrival: t("2025-06-10", "12:40"), departure: t("2025-06-13", "17:30"), dietaryNeeds: "Vegetarian" }),
      delegate({ key: "dietrich", name: "Ines Dietrich", honorific: "Ms", position: "Creative industries network", organisation: "Kreatives Leipzig e.V.", email: "ines.dietrich@example.de", phone: "+49 341 555 0103", language: "en", homeTimeZone: "Europe/Berlin", arrival: t("2025-06-10", "12:40"), departure: t("2025-06-13", "17:30") }),
    ],
    slots: [
      // Tuesday 10 June: arrival, welcome, STEAMhouse and the Floating Garden
      slot({ title: "Welcome and programme briefing", kind: "MEETING", start: t("2025-06-10", "15:00"), end: t("2025-06-10", "16:00"), venue: "council-house", host: "bcc",
        description: "Welcome by Birmingham's International Affairs team; the week's programme and Horizon Europe ambitions of both cities.",
        delegateNotes: "Please bring photo ID for the Council House reception desk.",
        internalNotes: "Book Committee Room 2; tea and coffee for 8.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "HOST" }, { person: "bertz-lead", role: "SPEAKER" }] }),
      slot({ title: "STEAMhouse: Birmingham's hub for creative innovation", kind: "VISIT", start: t("2025-06-10", "16:30"), end: t("2025-06-10", "17:30"), venue: "steamhouse", host: "steamhouse-org",
        description: "Tour of the workshops and studios, and a conversation on creative-industry support.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "steam-team", role: "HOST" }, { person: "ia-lead", role: "ESCORT" }] }),
      slot({ title: "Grand Union's Floating Garden", kind: "VISIT", start: t("2025-06-10", "17:45"), end: t("2025-06-10", "18:45"), venue: "floating-garden", host: "grand-union",
        description: "Community-led urban regeneration on the Digbeth canal side.",
        delegateNotes: "Outdoor visit by the canal: flat shoes recommended.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "gu-team", role: "HOST" }, { person: "ia-lead", role: "ESCORT" }] }),
      // Wednesday 11 June: the two universities
      slot({ title: "Aston University: research and knowledge exchange", kind: "MEETING", start: t("2025-06-11", "09:30"), end: t("2025-06-11", "12:30"), venue: "aston", host: "aston-uni",
        description: "Welcome from Professor Mike Caine; Aston researchers present cybersecurity innovation, educational research, virtual reality in historical storytelling and interdisciplinary public engagement. Chaired by Dr Ed Turner.",
        delegateNotes: "Leipzig's interest: formats that bring academic insight to broader audiences.",
        attendees: [{ person: "blum" }, { person: "nolting", role: "SPEAKER" }, { person: "dietrich" }, { person: "turner", role: "CHAIR" }, { person: "caine", role: "HOST" }, { person: "odena", role: "ATTENDEE" }] }),
      slot({ title: "Lunch with Aston researchers", kind: "MEAL", start: t("2025-06-11", "12:30"), end: t("2025-06-11", "13:30"), venue: "aston", host: "aston-uni",
        internalNotes: "Dr Nolting is vegetarian: confirmed with catering.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "odena", role: "HOST" }] }),
      slot({ title: "University of Birmingham: Horizon Europe partnerships", kind: "MEETING", start: t("2025-06-11", "14:30"), end: t("2025-06-11", "16:30"), venue: "uob", host: "uob-org",
        description: "Potential topics for co-operation and joint Horizon Europe bids.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "uob-intl", role: "HOST" }, { person: "bertz-lead", role: "SPEAKER" }] }),
      // Thursday 12 June: the Road Show and the Lord Mayor's reception
      slot({ title: "German Career Road Show", kind: "EVENT", start: t("2025-06-12", "09:00"), end: t("2025-06-12", "17:00"), venue: "road-show", host: "bcc",
        description: "A day-long event promoting international career pathways.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "ESCORT" }] }),
      slot({ title: "Lord Mayor's reception in honour of the Leipzig delegation", kind: "RECEPTION", start: t("2025-06-12", "18:30"), end: t("2025-06-12", "20:30"), venue: "chamberlain-room", host: "lord-mayor",
        description: "Evening reception hosted by the Lord Mayor of Birmingham, with a performance by the Leipzig a cappella group Ensemble Nobilis.",
        delegateNotes: "Dress: business attire. Short remarks by Ms Blum on behalf of the City of Leipzig.",
        internalNotes: "Ensemble Nobilis arrive 17:30 for a sound check.",
        attendees: [{ person: "blum", role: "SPEAKER" }, { person: "nolting" }, { person: "dietrich" }, { person: "lm", role: "HOST" }, { person: "ia-lead", role: "ESCORT" }] }),
      // Friday 13 June: the Design Festival and departure
      slot({ title: "Birmingham Design Festival", kind: "EVENT", start: t("2025-06-13", "10:00"), end: t("2025-06-13", "12:30"), venue: "design-festival", host: "bcc",
        description: "The city's design and creative industries first-hand.",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "ESCORT" }] }),
      slot({ title: "Farewell lunch", kind: "MEAL", start: t("2025-06-13", "12:45"), end: t("2025-06-13", "14:00"), venue: "council-house", host: "bcc",
        attendees: [{ person: "blum" }, { person: "nolting" }, { person: "dietrich" }, { person: "ia-lead", role: "HOST" }] }),
    ],
  };
}
