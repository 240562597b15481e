package app.stepwise.solve;

import java.util.Map;

/** Units spelt out as words, the way teachers often write them: 4 kg → 4 kilograms, 8 Ω → 8 ohms. */
final class UnitWords {
    private UnitWords() {}

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("m/s^2", "metres per second squared"),
            Map.entry("m/s", "metres per second"), Map.entry("km/h", "kilometres per hour"), Map.entry("kg", "kilograms"),
            Map.entry("g", "grams"), Map.entry("m", "metres"), Map.entry("km", "kilometres"), Map.entry("cm", "centimetres"),
            Map.entry("s", "seconds"), Map.entry("min", "minutes"), Map.entry("N", "newtons"), Map.entry("kN", "kilonewtons"),
            Map.entry("J", "joules"), Map.entry("kJ", "kilojoules"), Map.entry("W", "watts"), Map.entry("kW", "kilowatts"),
            Map.entry("Pa", "pascals"), Map.entry("kPa", "kilopascals"), Map.entry("m^2", "square metres"),
            Map.entry("cm^2", "square centimetres"), Map.entry("m^3", "cubic metres"),
            Map.entry("kg/m^3", "kilograms per cubic metre"), Map.entry("V", "volts"), Map.entry("A", "amps"),
            Map.entry("mA", "milliamps"), Map.entry("Ω", "ohms"), Map.entry("kΩ", "kilohms"), Map.entry("Hz", "hertz"),
            Map.entry("N s", "newton seconds"), Map.entry("kg m/s", "kilogram metres per second"));

    /** "4 kg" → "4 kilograms"; a value whose unit has no word here is returned as it is. */
    static String spell(String value) {
        int space = value.indexOf(' ');
        if (space < 0) return value;
        String word = WORDS.get(value.substring(space + 1));
        if (word == null) return value;
        String number = value.substring(0, space);
        return number + " " + (number.equals("1") ? word.replaceFirst("s( |$)", "$1") : word);
    }
}
