package org.planscope.export;

/**
 * POI logs through log4j-api; without a provider log4j's status logger prints an ERROR line
 * ("could not find a logging provider") on the console in the middle of a command's output.
 */
final class PoiLogging {
  private PoiLogging() {}

  static void quiet() {
    for (String key : new String[] {"log4j2.statusLoggerLevel", "log4j2.simplelogLevel",
        "org.apache.logging.log4j.simplelog.level"}) {
      if (System.getProperty(key) == null) {
        System.setProperty(key, "OFF");
      }
    }
  }
}
