-- Public transport as a visit's usual way between venues (issue 16, item 13).
ALTER TYPE "TravelMode" ADD VALUE 'TRANSIT';
