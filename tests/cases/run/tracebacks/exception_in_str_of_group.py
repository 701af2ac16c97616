class Loud(Exception):
    def __str__(self):
        return "LOUD"
raise ExceptionGroup("mixed", [Loud(), ValueError("quiet")])
