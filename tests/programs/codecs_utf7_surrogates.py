tests = [b'a+2AE-b', b'a+2AE\xffb', b'a+2AE', b'a+2AEA-b', b'a+2AH-b', b'a+IKzYAQ-b', b'a+IKzYAQ\xffb', b'a+IKzYAQA-b', b'a+IKzYAd-b', b'a+IKwgrNgB-b', b'a+IKwgrNgB\xffb', b'a+IKwgrNgB', b'a+IKwgrNgBA-b', b'+2AHcAQ-', b'+AGE-', b'+AGEA-', b'+AGEAA-', b'+AG-', b'+AGF-']
for raw in tests:
    for errors in ('replace', 'strict'):
        try: print(raw, errors, ascii(raw.decode('utf-7', errors)))
        except Exception as e: print(raw, errors, type(e).__name__, e)
