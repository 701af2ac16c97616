class Service:
    def run(self):
        return self.helper.start()
Service().run()
