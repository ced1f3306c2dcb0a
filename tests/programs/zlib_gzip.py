# zlib and gzip: round trips, decompression of CPython-made streams (every
# block type, raw/zlib/gzip framing, zdict, flushes), streaming objects,
# checksums and errors. Compressed bytes themselves are not printed: Grumpy's
# compressor (Go's compress/flate) emits different (valid) streams.
import base64
import gzip
import io
import zlib


def mk(n, seed=1):
    out = bytearray(); x = seed
    words = [b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b' ', b'\n', b'zeta', b'eta', b'theta']
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out += words[x % 10]
        if x % 7 == 0: out.append(x % 256)
    return bytes(out[:n])


D = mk(12000)
VECS = {
    'default': (
        'eJx9Wn/sllUVjzTJOwqYNcFw3eVsKf6YP8BipSPLFWjkmFluKO87H/yiIIQPUK8Mc4OWKWkwFceM8g9tbk5MBgOhdOJKm64URQeo'
        '6AAVfw0pWAT4Puf+OJ9zzn3Y4H3vc5/78/z4nM8537czY/ZAx1ezb5o+Y9aN3aruxGY90G9f15k5s+Ndr998o/+/ee1oTN0ZQQ80'
        'agsN2wQz6DMOFGu78OoH3Ty0Q/tTmxaIo6d6h493XFvNyA88OXas6aWepkHHbTamHpr4KO2yIY33jnrp/TTaxsHN6d3F6Z70eiW+'
        'orXwbf8fvbjXLeriQc4DYXzocYl8us/7tIhrWvHSWXzhkTbs8aXrzjwv+3hYXIvaC5r3n+v/J6kM8OG/zgqS60TJdcVqLMabXTp9'
        '+u6K99aKqHsSrZWmrG9e35CFyPsES7ifL/R2PHp4cRF9DfFBULBpnY6NZxiGDz69pFknNcMnJrmPD6vn85DeowCzvcinx7LQ8JYf'
        'RHE8noaB8/AlRxv3osmDXbIk2p5VhU5QFDarMmvwednFVs/CTAKBy7OBmT2CUZ3h4/EOYjfr1oFE3tI24Hry8EFpe5RT4G33pc6l'
        'PSkC93qLsXl1FqXZyU65iZCg3oRGPASD685eEGndUT40oatXDFKDdQEg1V27AFtsqAlA6U2widfAlUB00dSwP8sbkQrA1s/KgkEg'
        'hs7U2uj+ArjgtN3DXZcrC5Uu2c1HWsUT08BttMLOBh/MZjXJC/bN4oOTZ4WDQNipg1GAipSbNY8T3Tear/FuV8ZohXS0wFcdywzl'
        '7o7V6DnbC//DlUYzxMfpU4zX/THZHX0fSXf/Mq19Op+N9Z02yrJgw3Fs5Y4j3iA+hrb/vMbCfN18Mc9OsIU6Nik44xAJh6u1pmDA'
        'cTKU5bH0NFL5teN1LkfXWstX7IrlqPU72G6D9X8FucbPqPdi9KgLQWTvh3NB+E73WIR4pww0LjSq+T4Vh8AtlY/pUNAr9NGUFbH3'
        'mwYgTQcjmUEQN0C73gpb8Kk24pHDIofZdcCWQMKkwDPz0UsCBx4TpvwDb16WB0+k1n3RzUQESho5kF05H+MLytHjxc522csmVojM'
        'u2iJzWyHTwtRhK3GiCk/jeuK2E3Dv6bCkmbEygyyp1yClGGKhQGQ+hEA6azDpvF7tkMUVTnAvKDHSSkj9ZQBUockXP633oGrV7Xh'
        'Vco7pSC01GAnSXT631MLNFFEya3ge2tZYkuCOifjNW/LCLVBWpMIfA+BExxyOTcJ663EPGJCfnmOhExmZefFFx8bbfmyE/xJSqlp'
        'bJfz2CNvCawa9h6eLjE/2rRK58LcBZrq3KoE/CViEMqYiyqGazlwWCaO35NuTE+noVJie1uesd5DmP41gAsNv58VJh2raVykd6dx'
        '/8ZTX6CNTQYdYG3ptPnsMrGYI+ivhnWxgjzoPSZAFdLCd1UyY8izYmniwjnQ64jECGK2R1hapgPHC+wFmcWJWd6dG/GTpRVaB+kw'
        'I/CwP0lDNjElQVPoqWaF+ZXw13zH5mNkWgYY4nsyR6lt+FniviuF54RFidv6pwr0XTu2oe8KChVdmFm0nFB9KBiH1EG8/nZwGMtl'
        '6PvuPHsFKNf5+YpL4MXjXtHobw9IYSRTCfDPPI4+5ioIWS59pZACyKiU9tjpZLxR5pkbbxq5D8kCC1AQlYZJncWi+P6Z8JVJxHjj'
        'ND6Rx18yQtZSWcIXo8nq8Ptu7BuqscmIxJ6A1n+xECRL4sQnJJTPu0IMju8WVzX4G6ywW4YlHQ5ozBvuDEAFWniEKGDBC1rnJsFi'
        'zrIwKp11B4Q5B84/Eg5N3S9jqvQLaK/RNDco7Da0Z5Ru2OUpISPqOiQrSEWKltkNq0BVfWjEx1yyLXKEnFCbwkVEglPQS338r/b0'
        '8+Hi0i8FfEjkuj0vJAfy46+aHdapJF6oUOM95lp0vtNAhD1yf47KNqiiEt4uMUQ3REgtmupYXVco5ytfPErqotAt6WOzSkpaiHrd'
        'eU6A4GO24CQQCl002rofDReoRBYEDvmzApMwtEXk7nGNZe5fEoqckGtuDNLGcG4+87f6jwuDf/6HAxgvtkUFrQgCmEhKA6xqo/S/'
        'Z2M7Wfmyrh1i5ScutJZvt0SXU0wFgk39nyqtmSZJ/d6CteMVJiCkKOKmYt90KJ+Ngj83gM+u9tut7aDN/0FwARNIhRmG2ZfxoBP6'
        'Qe5HOnrVnQGthjARsoZjFPM5bLlJXHY5HvYVRORms0+KJHeSYILrJeVX2gFDYlTwEn8ttVMYRp3DkBt9W6hCmRmsOacrBxmW8lwG'
        'fCijlEiZCDFBZUDvJdaImTKm881Pb1pfMbSikE8YbvFs3O4jZLyCkw0C+9qNeyBqtbGVIsiL2q1AR0t9jDAM2EuhFAOK2KNNuGur'
        '2sbNuzBNU5YpS+FgUoegng9iyHqDJQRGIpxMd/5OEPypImu1cRdlrnBYnD7I52Ewt+FunoQ5S1dj5rYgnPIqxs9IXsVezdBjdAD3'
        '1+Bp5wIYAhYZ5X8SvTv8EXMbUlSv/NRIRBYkr8aLxGHXSy8/Sv2Z2i/Fh2ECb4CzWr5lwGgOR4W/Sjsy3CXECIZP+hhqiyXGzEVJ'
        'pCqndRjEZGTLtSbLEfxHxvYUYrqUIX1HCVNZJNez6s4Io7ktOjE0Po2Z8zgS1A5mJTLJniorJpbwywqeiQR3IcTUyuUTW4jq26s5'
        'Bq6cfsbwvkTE1r/KeHlmhIY7g1mkv1qgcpETFReI3nM3JEkcIBOp/jEnGbNM1AjjB0SIcMrl8OLrFPWbK3BL/eHlSr0Sbb8KsKaU'
        'nxbaeUbdFWBFtYX7FIlQYHcA+sbqRbEQh+Ut/cuNrIrcLfd8uoLClx9zFPQpQUoz63E3W25ZJFjShy/hLc4vwF9LKLfqJ6H+t/nc'
        'LyknW8Oz0sapb3G2wGKpzLe4xUIjbWtCPwds2NSc4hECUK9s/Gi1GUh0W0JrhMhm9stJI1sr/VOcLIglhVpHVRfP0Rz7zxKYUKd7'
        'Q9eT+vLtHijtZVERWaZHHhYN+H9gyIXbsKGdYqoasX1p2tuvyLeaZ0LbZ0UE/aGUiK5za9Vf5wpilGBUFFLA6lf0wc/MtGdVDAeB'
        'a8C49eDPGFh1jvGmKDDR5xVV3cJRxhZYenJ0f3y83dnCHk7Ci+djb5bxxNK+/vcMmV1Y1nysimmlJAgrRqNVLB9c2fqI2NIUJi1r'
        'xfk5zC5Tnp4V/X96vRiCwjuUqwimrwusEorhWP4ggksdWVA5y0MGnsW+J0l7hzsOdj3ZLc3swP+tQpq3tSVomR8tTW4nAlAdMZIv'
        'kcQndbBbaWtKT/S7XxUQbGFaGrlNcJULN+NX42+cmjGvtY1+uOUOrWWB6Lez+p8LFB8yZMBUQ5V3rmPmKP+8IH+jEOOAF4/SxHyL'
        'b2fZqVeYk9DUA/nUY4P96AS9qgu/3dXxrBIF75CEePmeo+4YDIR8kxN1ZcRpOxqKCb37jaIlEt+rtuRIYVAqZ8Ad90PS6XpCEtrV'
        '0x0fNEAD0PWZ8LWwkMhL6qW7HpF93lzWjWs+95QslVr7uLkUhDMV2q/DBnfEX95eXqbYgGTMBYLSvp8dKfZOUxYqqjA2haUxr5rI'
        's8jP7DcfyD+MUCYdp34K8Z611g=='
    ),
    'level9': (
        'eNqFWnmsFtUVr9WqvaGiUVNwiTcajIrWqIVWozW4xYJriGui8k189GFBKA5gp4TWBIwbaiG2GKKof6gxMeISCYhbpHGLRlsUDaBS'
        '41ZsNajVlKJ+c+72O8s8kve+uXP3e9bfOXd6U2cM9vzAjKumTJ1+ZTVQ92KxHuyXf9ObNq3nXdMvvtv/b5sd9al7I+iFeq2jbmtg'
        'BP3GjmxuF5pOr3LXHq1PZZog9p7kHb7edPnA1PxSBseKx5tU0xZou+3CVEMDH6JVVqf+3lEttU+mZRycnNpOTuek5mXYRHNha/+P'
        'Gv7q5le4kWOAGP/xOEXe3a4+TeLaUjx0Jl94pQWbcui6N9vzutItzkXluW37j/r/RJXBsvmDC4P4PJFyFZutkPEPLu0+PSvWrqWI'
        'qs+mudKQVW3zbzMRyzpBEu4oB3o/bj00nEiPYT4QChat07ZxD7vji0+NNGqftvuERPdxYfa8H+J7JGCWF/72cCYanvLfkRyPpm6g'
        'POWQo5V60eBdXJIkWr6wCpXAJHZhZebgK7yqSH0hZiIIHL7h2otrBKE63MftbcXqwlsHFPmnlAHX8M0Hpm0WSoGn/TJVLmo4Cdw7'
        'HcLmxV4EZyc6oSaMgnIR6nEfdK57WyrUQaFD4ys5Y6BaY5pUcdYKzFYR1GRAqSXIxNugSkC6KGpY3wzwWUDFQu/pmTBoiKEylZ50'
        'j4BdcFLu4axLKslkxqm8peVlYOq4gWb4oLUParGa6AXrZvLBzhsmi9BQFAqNvFCz9nWCO6R9jHMfZhstLB1NcICruKZEurudpPWc'
        '4Zn+4Uyji4mPwy9RWndXkjt6fpfOvjfNfZgX1EW2NGjY4+6KlLvi8XYo22gMaaQ55lUoSShBLYXWUcUaYc6Ki4TN1ZJT0GFn7spy'
        'X3obKfTalXnORdVaUY5YsemodDMst1rrvzC5Ss+o9mTUqF8ByT4N+wL3nc4xH+2dENA40X7tcxR2gVMKHZOuoOlyD0tj7S+VgVQV'
        'xZIpC+IGadVrYImyqyeZf6ZJvi2qA7IEFCYGHpG3bhEccEwY8gKe3KZHGUil26OaMQ+UOPJNxSSk3cZPhKLHgx3pspZNYJb5Q5pi'
        'bZHD5xgpwlJj2JALKw1SwvgDhVuSiFiIQdaU0xAyXKLNAFD9OzDSFarfn4scIqlsB/Oq7MepjNCTO0jpknD6G7zzzMua/kXwt0t+'
        'PKzEgU7/OcmAicxLrgfdW1EotjCwcyIe8/psoVZzaWKO7z5Qgm0uxyZhvmUYR4zPjUdxk1lQ2TGx4XPFLW8rwd2cSm1hIx9XNPKP'
        'AVXD2nukQ8yJMi3CuTB2roQ61wgC70UIQgizyWI4lgOFLcDxFK7G9HYoMiWWN+QRqzy46WvBuFD3OwrDuGK1hRPl6tTvddz1L6Sw'
        'cacDqC3tNu+dBxYzGfyVZp3NwDf6F+WgjLDwExHMKPBc98zgGnBUCiG9MNJkQdTyaJYWS8fxatECz1BpJo07OtrPQq1Q2kqbGYGb'
        'PT91WeNNXN2IIouvmL7mM7Y/I3NQXs76Lx6j1Nr9LHQnceI5GVeDoXrWgO9Vp1rUPQtgCbgwzZSckH0whIPzIB5/IyiMxjL0vC2P'
        'Xsp8/ByBJfDgca0o9DcGS6Eow41/xnH0M0uYkCVcV4wQgHultMYHjvsbIZ658J6i+7BMsGAKItMwqNO2KLb/LTwyiBinlMYn8Pj7'
        'YiFrziymi1Fkpfv9JNYNl7ZJkUTvgOb/u+EkLXLiGwLKV5zhg2PbAnDGbIaPuFuS7oD6vOsOB6tAE49gCSwnwNJVDMX8TJtRrqyb'
        'wM05UP6RsGmqfgNDpauh/Li3VN9fj/KM1A2rPMtoRFXbeAbJhGgZ3RQWiKwP9fi8spKbSiK8TlxES3AQaqmP/2JNPwcOzvWSmQ9u'
        'uW7MEzXab9Lrn9oVVoognrHQW3Y42Zt2zKFAwobUv3hl7VSRCe9bCNENY1SLojq2snJHygjvNkToIqxb4sdaEZR0APW69xIzgg/r'
        'hBPPBKJIRo0ezSFBhYY7n/8iA0ko2MJi9zjHYvdao5OFXGIpISGF4ei852P7r/OCfn5VHFiZbJ1wWtEIYCDJBZC7G+r3fBa2/YUu'
        'y9why7iFiVaU0y10Vlx+swqW2l4vi7BmMgf1WwxpxyOMV2lDmZXLw6ZA+mw/uG4AnX3Mb9SygzJ/J8MCypE2+rrizNJpz76TO0t6'
        'r7o3aOdIIWrYUSCfbzU2idMuwc2+iRa5XewLE+SezZDgqmZgiKATBAlTeEyINbQTNowqd0dsdDxjhRAzmHOmuBVSKOWlisX4UQIM'
        'UMZcTGCZZ/c0VUe2ifv0cvLD2tK+ClYY8YTCFi/G5T5DxMsw2Q4gXx8ZMEZlJlDLTCPPcrdGnrYzzWEae04U06GwNbqIuwJBXxLt'
        'WytTxTkEkHB7G+TzgQz8BhTTVWBK01pTnL8FCD+KRa3a7yLNhR3mXpt+HwBx28PN5mZOw9UYuc0Nu7y42M8IXtlabdcdpQP3l+Fu'
        'Z4ExBFukmP9F1O5wibkBIaoXerqdhOSleJDY7Qqu5UPkn6n8j3S7yewNYFaNt5Qxmlm8wlNcjhR2CT6imE/6Ga6TJUrMG2GfrLAO'
        'nRj3bDnXpDGC/0zJnrr7jgNPEMQUElnyWXVvhOLcOhkYKp3GyPk4ItQm/gVCeZvEMyYa8PMMnvIEt6KJqYXKJ7QQ2bdFYgycOX3G'
        '8KmRRLVuZTzfM5qGW4JYjDKYqy48FLcDK2+DIKk4yASqzylBxnR96U39B5mLcHZoQ+WVAvrNMuKF3HiBsxz/cnHT0UFnEwzV/EaN'
        'cgu3OzP1yS4pYt1YOSkm4ni6WDh+tIfG3dNzmPjyY7Z3+2Xkzh91M6qB7X6qwHX4tLLEzw3z1+HKNfuJqP9tf7/mkLNIw4tcxqlu'
        'QZZAM1XmO9RiXtdlK4jQ78A2rGl38SAZUC9kfKjcjLqFs1O84ZuANxJH1qtPcTIhFhq5Du6D2GXJ/V678RSJhKpnGsvLmRrI5WW+'
        'aVmmwGcy/b//gSAbpymCdpDrEJQzcoppaT7VbOXafsg86K85RWSeW90YuQ5cWEjRdEIB96bc+BEZ9izHO7QN0G+VTEcrSBjGvMcS'
        'TPR7HnMXSIOxBkrPOfcfx9MdyeRhH/XhV7vttcbdhPxSbCqPLjRq3slKcYsgCDNGo4Uv38XIj7Al/XZzokyksptdbMQCNP7/1LwA'
        'nMLH5aMK35Fg5aYY74K2io8l+E2t8clL4FUm++ZE7U1uZ1h1f7coowP/NIN56zuclvpoaWI3EIDsiKK8BRKfkc5umc4pPdGvfqsZ'
        '8rbQcyHXAa5Q4bb/Y1587vZ2V+8HOs7QmRaIeju9/zu36bx/YmkxS8iptBKuZxz/ZkyJoM/IzxIx36HbmXaVZRauKMLzTd712Ion'
        'EkrE5O3Yx7hhhMPM9Ly9eN0x6AjLSX4qMyNOytFw9jHWdZV1HSm/B7VTsIXL++q8+NcQdLqGUUJ9YhdH36sMDZiuH4THPN91/2tc'
        'jVHVg+KbOHVYd1z7u9mSVCp9WYqLgDiToPwOLHBT/PL2XBtiy29+gOOnym/RJgsJZVmYjiuDt5Tnme+n9Yv35A8jhEjHod8D8Z61'
        '1g=='
    ),
    'level0': (
        'eAEBLAHT/mFscGhhIGVwc2lsb25iZXRhZXBzaWxvbnRoZXRhZ2FtbWEgCnpldGHfZXRhYmV0YQpiZXRhZXRhGGJldGEKdGhldGHX'
        'Z2FtbWHEdGhldGFnYW1tYSBnYW1tYWJldGFldGEgZXBzaWxvbmJldGFlCiBnYW1tYUhiZXRhZ2FtbWEgYWxwaGEgZ2FtbWF0aGV0'
        'YWVwc2lsb25gIAp0aGV0YWVwc2lsb26MZGVsdGFlcHNpbG9uYmV0YWdhbW1hIGVwc2lsb262emV0YWdhbW1hemV0YQp6ZXRhZXRh'
        'IGdhbW1hZGVsdGGvYWxwaGG8IGVwc2lsb24gCmRlbHRhZ2FtbWFmdGhldGEKYmV0YWVwc2lsb25kZWx0YUMKYmV0YWV0YXRoZXRh'
        'n2Vwc2lsb6gXdsQ='
    ),
    'raw': (
        'dVQ9a1VBEG0UZbCwCYiNW0kw6fwBIdiIKVJYB9yLLz7xxTzwYnG1tLRKkzSSdCmNBlKI6dKmlkAwoGgjWoidhd49u7Nzdq/Cu29n'
        'Z2bn48yHn0zH3o2mTx5O1h83o9Ynsh339AO/tuaddD151n9BLNBp/RVcoPUBakf0Av9JsbAtUXS7yaoe/kHDQNK+54SvL++PJvli'
        'jxPjoFNOIBBucAwOHr6Gl/eq7wRcyFfhRihzyG5pnhBvswi2WNr/INiUFw0HcpPA+OHYRI7uolMjEqiUdIYvXuGws6Rb/9SVPFNL'
        'tkA/D/Lz/QdUxhb8dStQaSch1xTWDMZnotHr2RTyYReBvQxb+uRdED/KIJqf2AmvLKHPKfQoWMBxyUWgyGmrYXMMl/niVIhXV4P6'
        'kuK+GK3neFD3BGDul/L2JoPGWX5PcOyrGg2PJTk3GC88viDaSXBvpeIh+CfYVspcweOSZV1vYCoglLw12MBHbKp5l8L7zWyrrRAi'
        'n+oekK4MPhbtWzUUnO0vZW50JQTy8T/N5qpYqsrelWpMCgRrJ9DYJeXW/yRIW1/N0J2mthhRI7u0IKtcG1pb1qi6QCGJPXFCo0TQ'
        'pVZjfsabNxUtW7eegeFFTEylDuUt7QWp+55y3ao6tBzJJoe0Zw9V8RQWvoT9MHDWAi/ym+GjyHPBCRAb6tgUVKJqzMJ1SWbDsShf'
        '846uNh0MXBPDjHGXc/X2nLpi/tjSnK349HxlMHU72nc4/2juM7B9w2KzegfyLw=='
    ),
    'gzip': (
        'H4sIAAAAAAAAA3VUPWtVQRBtFGWwsAmIjVtJMOn8ASHYiClSWAfciy8+8cU88GJxtbS0SpM0knQpjQZSiOnSppZAMKBoI1qInYXe'
        'Pbuzc3avwrtvZ2dm5+PMh59Mx96Npk8eTtYfN6PWJ7Id9/QDv7bmnXQ9edZ/QSzQaf0VXKD1AWpH9AL/SbGwLVF0u8mqHv5Bw0DS'
        'vueEry/vjyb5Yo8T46BTTiAQbnAMDh6+hpf3qu8EXMhX4UYoc8huaZ4Qb7MItlja/yDYlBcNB3KTwPjh2ESO7qJTIxKolHSGL17h'
        'sLOkW//UlTxTS7ZAPw/y8/0HVMYW/HUrUGknIdcU1gzGZ6LR69kU8mEXgb0MW/rkXRA/yiCan9gJryyhzyn0KFjAcclFoMhpq2Fz'
        'DJf54lSIV1eD+pLivhit53hQ9wRg7pfy9iaDxll+T3DsqxoNjyU5NxgvPL4g2klwb6XiIfgn2FbKXMHjkmVdb2AqIJS8NdjAR2yq'
        'eZfC+81sq60QIp/qHpCuDD4W7Vs1FJztL2VudCUE8vE/zeaqWKrK3pVqTAoEayfQ2CXl1v8kSFtfzdCdprYYUSO7tCCrXBtaW9ao'
        'ukAhiT1xQqNE0KVWY37GmzcVLVu3noHhRUxMpQ7lLe0Fqfuect2qOrQcySaHtGcPVfEUFr6E/TBw1gIv8pvho8hzwQkQG+rYFFSi'
        'aszCdUlmw7EoX/OOrjYdDFwTw4xxl3P19py6Yv7Y0pyt+PR8ZTB1O9p3OP9o7jOwfcNis3oH8i+d3d/a0AcAAA=='
    ),
    'huff': (
        'eAEFwaEKYEUYhuEkysFgFNMki9ELELEsGLwF3+F8zgz+/zk/zIfh7Ebj9k2yl7CIYBCj1Ww0mPUafB6iJk21V9xXl1HtFfflKTPI'
        'pB2PzN8yXeboMjIfd5nDU+avQSZ/eMoMMmmDTLqMTFPtFffVZXS0QSYvuswgk0bUpA0y8ZRR7RX39W07PGVUe8V9vT4VRrVX3FeX'
        'GWTSVHvFff36yAwyeWSOR0amDTI5FeYdUZPfm2qvuK92nAozyOQ7T5mjy6j2ivs6Fearo8vIeMq8Ve0V93UqDFGTLiPjKSNzKsyb'
        '48cuM8jkkfl8kEkbZPJfU+0V93UqjEwbZPJBk/GUOZpMOzxlBpl0mcNThqjJIzPIpMn80IiaPDKDTDxliJp4yhyNqMmrR+Y9mUfm'
        'mKfCEDX5tA0y6TJETR6ZQSaPjEyXIWriKTPI5FSYl8epMDKnwsh0mUEmp8Ko9or76jKqveK+ToX5hqjJqTAyv3WZ74madBmiJp4y'
        'RE3aT4NMPGX+kXlkiJq0L4iafNiOJtMGmZwKI/PIyJwKo9or7uujU2FUe8V9NZlTYQaZfPLIfC3jKfMlUZNG1KTLHF3maERNmmqv'
        'uK9G1KSp9or7aj8TNXlkVHvFfZ0K869Ml/lFtVfcVxtk0o5HhqiJp8xnqr3ivjxlBpmcCvP+4Skj02WOU2GImnjKqPaK++oyg0xO'
        'hVHtFffVBpl0mUEmj8yfg0y6zCCTptor/gcGsIo4'
    ),
    'fixed': (
        'eAFLzCnISFRILSjOzMnPS0otSYQySzKA7PTE3NxEBa4qIPM+EIOkucBqShIlwBywqutgZUeQdIBJqEIUs7kgUh5JcKWJYPvBbLAB'
        'UNUJClzI3J6U1Bw4B6EZKrCtCiYCYoCdC7IYLALWuB5syx6YegUusChYPg1sDReSz8FyzjB/gqXnI0uBzUKWBSKwxHSuliRkhxgj'
        'BcY7BWQj4K7jUIAZwgViQT0NDz4IF2xhFcLTJYllCqhiCGVQs8DsGpA8KxCDQyUD4Xg1RAShmgMNuSQU0xDBWM0Fcz2MTkKRx0xF'
        'YGF/sFkwLbtA0tnwQETYA0kJcxEeegx1OkTCHkzxKEACCsnSEpizkd0ggMxRgEmCdUmBlHvDwt0RYjrcPeB4hwYgPL2g8jbCAw3Z'
        'l2+hwbEZpgwp8yA8qY2RvcCa2blgKQlsPSKqkDMB1sBGRCU8Bs+iCkHcDQAGsIo4'
    ),
    'rle': (
        'eAHtwbFtHSAYhdGeCVKyi5uM4Q+9G0DiByRu9WbwDhkhXSqX3sGlV/EaLjiH67qu67qu67p+vrEbWfv0sWaR0T59rOkmU4kgp6fM'
        'l0yRSUVG5leRSW4yn5UIPtxkKhHkSgRFRiZrnz7WLDJKuRLB7yJTiSAzdiNXInCT0T59rPmak5uM9uljzbeHhtE+faxZZCoRZO3T'
        'x5r/nzKVCJ4y6SkjkysRPDTMP8ZuvGft08eaOT00TCWCP24yqchonz7WfGiYl1RkZNxk/mqfPtY3Tn7nuA=='
    ),
    'zdict': (
        'eLv0l0873VM7CgIxEK1ECRbWVqlsLD2AiKWFZ9gtRLBdLNTSO1iJR5DFTryCp7DWM7h5k/mxnkDYJcm8+bx5kxT/0gcsaQO6qTAs'
        'CLyiyoP9Y4AV+Aplgukc2Jz7BHyxEHJZtPkAnMKxtEQmRoxPtCmEXS9ykpB2uWmRj44ouNOmq2IbvU3dci7sDwnvND9UWSv5kQ7I'
        '58nKlS6byrgPzJ7X0uHtWwTzErk45J7gjYiodegmnLWhV6ZOwBRLP5JQpmjFtC2HgT1EBhE1TO4L1n1G2YUP5p4FlPviT7WIZrt8'
        'Zzlu7GYejzY5bj0vBHcD3ySU11HZR/BTbB2lTPDpTcT7Cwawijg='
    ),
    'sync': (
        'eJxUULsNwjAQrZDQTUB5OzACDWNwFoEgORAJi8KipKSnZAQ6Kkp2oGQDZsB+8ecixdG7e+/efcT2rXDTH3f2sDeNkwRdG/BWuk6Y'
        'fIDf8CJN0DiZIYDqA9lbVeCfhCNvGqilKVJBf2AYJPWKSYfXdWNLUItT4ulzJgKMGxsjg8IHuryynglZ8Bu0IbU5uEXeE/RdU/DS'
        'bPhA3Ohi9CBzdYwfa4sy3ZSzCUWUli7nG0I09HVpJyce56oseQGfIz8JD1dp6/B/AAAA//9SQ0QQqjnQkEtCMQ0RjNVcMNfD6CQU'
        'ecxUBBb2B5sF07ILJJ0ND0SEPZCUMBfhocdQp0Mk7MEUjwIkoJAsLYE5G9kNAsgcBZgkWJcUSLk3LNwdIabD3QOOd2gAwtMLKm8j'
        'PNCQffkWGhybYcqQMg/Ck9oY2QuoGQAAAP//K0lk5yrJSC1JBKIkIOZKSc0pSUzMKchIhAgXFGfm5OeBpNITc3MTwdJQQQWwCFyq'
        'Csg4iyqkAFYJAAawijg='
    ),
    'small': (
        'GJVlTz2PjVEQbgiZKDQS0ZhKxOr8ANloxBYKtcQ5cbnirr2JE8VLqVRpaIRO6StRbFanVYtESAiNUIhOwTnPzJyZczd5P2bmmXk+'
        '0mI5Tzxb3ry22LqRZyVpWea1vpo2NxPTVMvP9W0wYaekw2iw9R5rb8MFvro4cJNAZ3NfTdBHDQLdvsQU23uXZ4ve+LEOXk82aQXs'
        'NmFMcPgMKju2z4Qp8CuQkVSCAjtjOQE/jhC4IlofAA/obo5GTolJfH9xpOju9rORUKs0NKBGJS0EJw9d0i0eZ76mXKjvNHxvfduf'
        '5m7+GHeFkWeSNHlgA4Lj22Tu7Z8HXCO2YUx7Hlx2st3g6xiNOqj4kQf6qtYFOI3fASauIw6ixWxHDwdjwwbi6khb36gvRNaFvfsh'
        'fKRnux+7F2inlZQ/a99uX9kaxJimIeSaomg8xD7CQCkIMz/SmzycDDIdamrvxlH37Va4Fq7BPY/s79KACTrJau9vHOMWy6BX6Ev2'
        '2sFAXKD3I67UPqb9Y8P7gbfR0qfoLQjxipcQrm1dIDcchSTvqgg2noblkn5ny8C1kLNsjOfyKiPOKPBi0O+jhdw3i/jv3E0ICGH+'
        'wSPqqa8zxfk0G1kgh2txx1toPJJgYWjVG3qp1vJKINeWrA87mzgpg9PcLT33Q1v8CIZv9d3eJVYS1zfosuUJzieL59wehjCk7BQ+'
        '7UsbdLz91um7meKeQO20z1HqKVm+yr4nGAfpUnGVjExrQMCp5xcxkR3Zf4KIFvWfTvkQuE+4N5lPmu0/KZcYMg=='
    ),
    'gzipfile': (
        'H4sIAAAAAAACA3VUvy9EQRCuhEwUSlFtpaHzB4hohELhH7AbxxN3XOJF8SiVKo1KlEoRiUKUWrVoSCiFQnQab7/d2ZndO8m9e7vz'
        'zc9vZp7t9itrOv397e7eruvUNh7rqj1v2V7PGmra42v7eJigU9tJXKD1BLUHZYH/qJj5pgAtuaRqER9nOIja64b09WSj000XMY6C'
        '24Yl/oB0fWBIYHiFKPesbwhS4JsIQ6pyYItcJ+ALDcGXRtsfgDM6djqROUXGl9EuUnZjhp2QP8WiE33hioCNFF3bA5PLRC36wvnI'
        '4yPtA1YqSX5aGpT7icy5zJvQeEicPb9dhg9OEcSr8MUmdx7eSSRKnDAJ51LQe0w9APN4jZtAlApac9o6hwl9MQzCasqrrzDvC8F7'
        'ygd9jwSmeclv14k0XeVnpOOG1dTySJEzA+sF41HiSUJ4aZVegqFkSytTBx9zkUy9kMmEqOKbfHt1jDBUsyam96vF0ltSjLyVM0BN'
        'nnxo2kexFLraHxaeNjkF9PLPsJkil6Kza1SsScZgGQQal0q5tt9O72CxQ8uu9BhYa4Z+UotanfpsyaDyBxRImIlntUqKujhqWu5t'
        '/gCWhsdf3AUAAB+LCAAAAAAAAgMrTk3Oz0tRyE3NTUotAgAkdPqfDQAAAA=='
    ),
    'gzipname': (
        'H4sICAAAAAAC/25hbWUudHh0AGVSPU5DMQyekJDF0BExeeICHKCquiAxcAUS8eChvkIlIobXjh27MyGOwMaAGLkDIwM7Z2jyxU4c'
        'Ib0f25/92f4SN6x6x93q8W54uPddcGKGPtq3brl0TGM0f+KbYEJOcMdwkPWNtC9Tga8kNtyUoXNfUh36wwaBZF8xWXd33Q3FqcUS'
        'eB81kgyMmxojgsI3dPnUfCZEgd+gDZnNgc11T8CvFgKXReMD4Jm23g5yZsT4Y0tRpjtkJaFkydJFvuyi4ViXDu6J21hNEy7Ym4Qf'
        'xBeq9HX403pALY8o5xu2KuOadHr9+wb/f4sQvgSXlnwkeFFErH3yTXipC/3K6BmY4nfEWSjTNOjYdoaJdVhBVJ2k9AvVfZbZyzw4'
        'dxEwndke5V4shSADAAA='
    ),
}
V = {k: base64.b64decode(''.join(v)) for k, v in VECS.items()}
expect = {'default': D, 'level9': D, 'level0': D[:300], 'raw': D[:2000], 'gzip': D[:2000], 'huff': D[:1000],
          'fixed': D[:1000], 'rle': b'a' * 3000 + D[:300], 'zdict': D[:1000], 'sync': D[:1000], 'small': D[:2000]}
for name, want in expect.items():
    wbits = {'raw': -15, 'gzip': 31, 'small': 9}.get(name, 15)
    if name == 'zdict':
        d = zlib.decompressobj(zdict=D[:200])
        got = d.decompress(V[name]) + d.flush()
    else:
        got = zlib.decompress(V[name], wbits)
    print(name, got == want, len(got))
    # auto-detect and header window
    if name in ('default', 'gzip'):
        print(' auto', zlib.decompress(V[name], 47) == want, zlib.decompress(V[name], 0 if name == 'default' else 31) == want)
    # byte-at-a-time streaming
    if name != 'zdict':
        d = zlib.decompressobj(wbits)
        out = b''.join(d.decompress(V[name][i:i + 1]) for i in range(len(V[name])))
        print(' stream', out == want, d.eof, d.unused_data, d.unconsumed_tail)
    # bounded output
    if name not in ('zdict',):
        d = zlib.decompressobj(wbits)
        parts = []
        buf = V[name]
        while not d.eof:
            chunk = d.decompress(buf, 333)
            assert len(chunk) <= 333
            parts.append(chunk)
            buf = d.unconsumed_tail
            if not chunk and not buf:
                break
        print(' bounded', b''.join(parts) == want, d.eof, all(len(p) == 333 for p in parts[:-1]))

print(gzip.decompress(V['gzipfile']) == D[:1500] + b'second member')
with gzip.GzipFile(fileobj=io.BytesIO(V['gzipname'])) as g:
    print(g.read() == D[:800], g.name if hasattr(g, 'name') else None)

# round trips through Grumpy's own compressor
for level in [-1, 0, 1, 5, 9]:
    for data in [b'', b'x', D, bytes(range(256)) * 50]:
        c = zlib.compress(data, level)
        print(level, len(data), zlib.decompress(c) == data, c[:2].hex() if level in (-1, 9, 1) else '')
for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(D, 6, wbits)
    print('wbits', wbits, zlib.decompress(c, wbits) == D)
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
c = co.compress(D[:5000]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(D[5000:]) + co.flush()
print(zlib.decompress(c, -15) == D)
co = zlib.compressobj(zdict=b'alpha beta gamma')
c = co.compress(D) + co.flush()
d = zlib.decompressobj(zdict=b'alpha beta gamma')
print(d.decompress(c) == D, d.eof)
for f in [lambda: zlib.decompress(c), lambda: zlib.decompressobj(zdict=b'zz').decompress(c)]:
    try: f()
    except zlib.error as e: print('error', e)
co = zlib.compressobj()
parts = [co.compress(D[i:i + 1000]) for i in range(0, len(D), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
d = zlib.decompressobj()
print(d.decompress(b''.join(parts)) == D, d.eof)
parts.append(co.flush())
print(zlib.decompress(b''.join(parts)) == D)

# unused data, eof, copy, flush (a stream made by CPython's zlib)
c = bytes.fromhex('789ccb48cdc9c95728cf2fca49c9a03d130072d92b99')
d = zlib.decompressobj()
print(d.decompress(c + b'tail'), d.unused_data, d.eof, d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj()
print(d.decompress(c[:10]), d.unconsumed_tail, d.eof)
d2 = d.copy()
print(d.decompress(c[10:]) == d2.decompress(c[10:]), d.eof, d2.eof, d.flush(), d.flush(1))
print(zlib.decompress(c + b'xx') == b'hello world' * 10)
raw = zlib.compress(b'abc', 6, -15)
d = zlib.decompressobj(-15)
print(d.decompress(raw + b'xyz'), d.unused_data, d.eof)
print(zlib.decompressobj(wbits=-15).decompress(b'\x03\x00xyz'))

# gzip module round trips
g = gzip.compress(D)
print(gzip.decompress(g) == D, g[:3].hex(), gzip.decompress(gzip.compress(b'a', 1) + gzip.compress(b'b', 9)))
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0) as gf:
    gf.write(D[:7000]); gf.write(D[7000:])
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as gf:
    print(gf.read(10), len(gf.read()), gf.read())
bio.seek(0)
with gzip.open(bio, 'rt', encoding='latin-1') as gf:
    lines = gf.readlines()
print(len(lines), lines[0][:20])
print(gzip.decompress(gzip.compress(b'')))

# checksums
print(zlib.crc32(b''), zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.crc32(b'abc', -1), zlib.crc32(D), zlib.crc32(D[6000:], zlib.crc32(D[:6000])))
print(zlib.adler32(b''), zlib.adler32(b'abc'), zlib.adler32(b'abc', 2**40), zlib.adler32(D), zlib.adler32(D[6000:], zlib.adler32(D[:6000])), zlib.adler32(b'\xff' * 100000))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')), zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION)
print(zlib.error.__module__, zlib.error.__mro__[1].__name__, type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = zlib.compress(b'hello world' * 10)
t(lambda: zlib.decompress(b'garbage'))
t(lambda: zlib.decompress(d[:-3]))
t(lambda: zlib.decompress(d[:5]))
t(lambda: zlib.decompress(b''))
t(lambda: zlib.decompress(d, -15))
t(lambda: zlib.decompress(d, 99))
t(lambda: zlib.decompress(d[:-4] + b'\x00\x00\x00\x00'))
t(lambda: zlib.decompress(d, 31))
t(lambda: zlib.decompress(b'\x78\x9c\x07'))
t(lambda: zlib.decompress(b'\x78\x9c\x00\x01\x00\x00\x00'))
t(lambda: zlib.decompress(b'\x88\x9c'))
t(lambda: zlib.decompress(b'\x1f\x8b\x07', 31))
t(lambda: zlib.decompress(gzip.compress(b'abc')[:-1] + b'\x00', 31))
t(lambda: zlib.compress(b'x', 10))
t(lambda: zlib.compress(b'x', wbits=99))
t(lambda: zlib.compress('x'))
t(lambda: zlib.decompress('x'))
t(lambda: zlib.compressobj(method=9))
t(lambda: zlib.compressobj(wbits=99))
t(lambda: zlib.compressobj(memLevel=99))
t(lambda: zlib.compressobj(zdict='x'))
t(lambda: zlib.decompressobj(zdict='x'))
t(lambda: zlib.decompressobj(wbits=99))
t(lambda: zlib.decompressobj().flush(0))
t(lambda: zlib.decompressobj().decompress(b'', -1))
t(lambda: zlib.decompress(d, bufsize=-1))
t(lambda: zlib.crc32('a'))
t(lambda: zlib.crc32(b'a', 1.5))
co = zlib.compressobj()
co.compress(b'abc'); co.flush()
t(lambda: co.compress(b'x'))
t(lambda: co.flush())
t(lambda: zlib.compressobj().flush(zlib.Z_NO_FLUSH))
t(lambda: gzip.decompress(b'not gzip data'))
t(lambda: gzip.decompress(gzip.compress(b'abc')[:-3]))
