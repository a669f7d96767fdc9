"""Accuracy of ``goalbook check`` on the invented returns of tests/variants against a careful
reviewer's marks.

    python bench/accuracy.py              # table per variant item and in total
    python bench/accuracy.py --detail     # also every missed mark and every false finding
    python bench/accuracy.py --json       # the figures as JSON
    python bench/accuracy.py --set holdout   # the held-out corpus (tests/variants/holdout)
    python bench/accuracy.py --set holdout2  # the second held-out corpus (tests/variants/holdout2)
    python bench/accuracy.py --set holdout3  # the third held-out corpus (tests/variants/holdout3)
    python bench/accuracy.py --set holdout4  # the fourth held-out corpus (tests/variants/holdout4)
    python bench/accuracy.py --set holdout5  # the fifth held-out corpus (tests/variants/holdout5)
    python bench/accuracy.py --set holdout6  # the sixth held-out corpus (tests/variants/holdout6)
    python bench/accuracy.py --set holdout7  # the seventh held-out corpus (tests/variants/holdout7)
    python bench/accuracy.py --set holdout8  # the eighth held-out corpus (tests/variants/holdout8)
    python bench/accuracy.py --set holdout9  # the ninth held-out corpus (tests/variants/holdout9)
    python bench/accuracy.py --set holdout10  # the tenth held-out corpus (tests/variants/holdout10)
    python bench/accuracy.py --set holdout11  # the eleventh held-out set (tests/variants/holdout11)
    python bench/accuracy.py --set holdout12  # the twelfth held-out set (tests/variants/holdout12)
    python bench/accuracy.py --set holdout13  # the 13th held-out corpus (tests/variants/holdout13)
    python bench/accuracy.py --set holdout14  # the 14th held-out corpus (tests/variants/holdout14)
    python bench/accuracy.py --set holdout15  # the 15th held-out set (tests/variants/holdout15)
    python bench/accuracy.py --set holdout16  # the 16th held-out set (tests/variants/holdout16)
    python bench/accuracy.py --set holdout17  # the 17th held-out set (tests/variants/holdout17)
    python bench/accuracy.py --set holdout18  # the 18th held-out set (tests/variants/holdout18)
    python bench/accuracy.py --set holdout19  # the 19th held-out set (tests/variants/holdout19)
    python bench/accuracy.py --set holdout20  # the 20th held-out set (tests/variants/holdout20)
    python bench/accuracy.py --set holdout21  # the 21st held-out set (tests/variants/holdout21)
    python bench/accuracy.py --set holdout22  # the 22nd held-out set (tests/variants/holdout22)
    python bench/accuracy.py --set holdout23  # the 23rd held-out set (tests/variants/holdout23)
    python bench/accuracy.py --set holdout24  # the 24th held-out set (tests/variants/holdout24)
    python bench/accuracy.py --set holdout25  # the 25th held-out set (tests/variants/holdout25)
    python bench/accuracy.py --set holdout26  # the 26th held-out set (tests/variants/holdout26)
    python bench/accuracy.py --set holdout27  # the 27th held-out set (tests/variants/holdout27)
    python bench/accuracy.py --set holdout28  # the 28th held-out set (tests/variants/holdout28)
    python bench/accuracy.py --set holdout29  # the 29th held-out set (tests/variants/holdout29)
    python bench/accuracy.py --set holdout30  # the 30th held-out set (tests/variants/holdout30)
    python bench/accuracy.py --set holdout31  # the 31st held-out set (tests/variants/holdout31)
    python bench/accuracy.py --set holdout32  # the 32nd held-out set (tests/variants/holdout32)
    python bench/accuracy.py --set holdout33  # the 33rd held-out set (tests/variants/holdout33)
    python bench/accuracy.py --set holdout34  # the 34th held-out set (tests/variants/holdout34)
    python bench/accuracy.py --set holdout35  # the 35th held-out set (tests/variants/holdout35)
    python bench/accuracy.py --set holdout36  # the 36th held-out set (tests/variants/holdout36)
    python bench/accuracy.py --set holdout37  # the 37th held-out set (tests/variants/holdout37)
    python bench/accuracy.py --set holdout38  # the 38th held-out set (tests/variants/holdout38)
    python bench/accuracy.py --set holdout39  # the 39th held-out set (tests/variants/holdout39)
    python bench/accuracy.py --set holdout40  # the 40th held-out set (tests/variants/holdout40)
    python bench/accuracy.py --set holdout41  # the 41st held-out set (tests/variants/holdout41)
    python bench/accuracy.py --set holdout42  # the 42nd held-out set (tests/variants/holdout42)
    python bench/accuracy.py --set holdout43  # the 43rd held-out set (tests/variants/holdout43)
    python bench/accuracy.py --set holdout44  # the 44th held-out set (tests/variants/holdout44)
    python bench/accuracy.py --set holdout45  # the 45th held-out set (tests/variants/holdout45)
    python bench/accuracy.py --set holdout46  # the 46th held-out set (tests/variants/holdout46)
    python bench/accuracy.py --set holdout47  # the 47th held-out set (tests/variants/holdout47)
    python bench/accuracy.py --set holdout48  # the 48th held-out set (tests/variants/holdout48)
    python bench/accuracy.py --set holdout49  # the 49th held-out set (tests/variants/holdout49)
    python bench/accuracy.py --set holdout50  # the 50th held-out set (tests/variants/holdout50)
    python bench/accuracy.py --set holdout51  # the 51st held-out set (tests/variants/holdout51)
    python bench/accuracy.py --set holdout52  # the 52nd held-out set (tests/variants/holdout52)
    python bench/accuracy.py --set holdout53  # the 53rd held-out set (tests/variants/holdout53)
    python bench/accuracy.py --set holdout54  # the 54th held-out set (tests/variants/holdout54)
    python bench/accuracy.py --set holdout55  # the 55th held-out set (tests/variants/holdout55)
    python bench/accuracy.py --set holdout56  # the 56th held-out set (tests/variants/holdout56)
    python bench/accuracy.py --set holdout57  # the 57th held-out set (tests/variants/holdout57)
    python bench/accuracy.py --set holdout58  # the 58th held-out set (tests/variants/holdout58)
    python bench/accuracy.py --set holdout59  # the 59th held-out set (tests/variants/holdout59)
    python bench/accuracy.py --set holdout60  # the 60th held-out set (tests/variants/holdout60)
    python bench/accuracy.py --set holdout61  # the 61st held-out set (tests/variants/holdout61)
    python bench/accuracy.py --set holdout62  # the 62nd held-out set (tests/variants/holdout62)
    python bench/accuracy.py --set holdout63  # the 63rd held-out set (tests/variants/holdout63)
    python bench/accuracy.py --set holdout64  # the 64th held-out set (tests/variants/holdout64)
    python bench/accuracy.py --set holdout65  # the 65th held-out set (tests/variants/holdout65)
    python bench/accuracy.py --set holdout66  # the 66th held-out set (tests/variants/holdout66)
    python bench/accuracy.py --set holdout67  # the 67th held-out set (tests/variants/holdout67)
    python bench/accuracy.py --set holdout68  # the 68th held-out set (tests/variants/holdout68)
    python bench/accuracy.py --set holdout69  # the 69th held-out set (tests/variants/holdout69)
    python bench/accuracy.py --set holdout70  # the 70th held-out set (tests/variants/holdout70)
    python bench/accuracy.py --set holdout71  # the 71st held-out set (tests/variants/holdout71)
    python bench/accuracy.py --set holdout72  # the 72nd held-out set (tests/variants/holdout72)
    python bench/accuracy.py --set holdout73  # the 73rd held-out set (tests/variants/holdout73)
    python bench/accuracy.py --set holdout74  # the 74th held-out set (tests/variants/holdout74)
    python bench/accuracy.py --set holdout75  # the 75th held-out set (tests/variants/holdout75)
    python bench/accuracy.py --set holdout76  # the 76th held-out set (tests/variants/holdout76)
    python bench/accuracy.py --set holdout77  # the 77th held-out set (tests/variants/holdout77)
    python bench/accuracy.py --set holdout78  # the 78th held-out set (tests/variants/holdout78)
    python bench/accuracy.py --set holdout79  # the 79th held-out set (tests/variants/holdout79)
    python bench/accuracy.py --set holdout80  # the 80th held-out set (tests/variants/holdout80)
    python bench/accuracy.py --set holdout81  # the 81st held-out set (tests/variants/holdout81)
    python bench/accuracy.py --set holdout82  # the 82nd held-out set (tests/variants/holdout82)
    python bench/accuracy.py --set holdout83  # the 83rd held-out set (tests/variants/holdout83)
    python bench/accuracy.py --set holdout84  # the 84th held-out set (tests/variants/holdout84)
    python bench/accuracy.py --set holdout85  # the 85th held-out set (tests/variants/holdout85)
    python bench/accuracy.py --set holdout86  # the 86th held-out set (tests/variants/holdout86)
    python bench/accuracy.py --set holdout87  # the 87th held-out set (tests/variants/holdout87)
    python bench/accuracy.py --set holdout88  # the 88th held-out set (tests/variants/holdout88)
    python bench/accuracy.py --set holdout89  # the 89th held-out set (tests/variants/holdout89)
    python bench/accuracy.py --set holdout90  # the 90th held-out set (tests/variants/holdout90)
    python bench/accuracy.py --set holdout91  # the 91st held-out set (tests/variants/holdout91)
    python bench/accuracy.py --set holdout92  # the 92nd held-out set (tests/variants/holdout92)
    python bench/accuracy.py --set holdout93  # the 93rd held-out set (tests/variants/holdout93)
    python bench/accuracy.py --set holdout94  # the 94th held-out set (tests/variants/holdout94)
    python bench/accuracy.py --set holdout95  # the 95th held-out set (tests/variants/holdout95)
    python bench/accuracy.py --set holdout96  # the 96th held-out set (tests/variants/holdout96)
    python bench/accuracy.py --set holdout97  # the 97th held-out set (tests/variants/holdout97)
    python bench/accuracy.py --set holdout98  # the 98th held-out set (tests/variants/holdout98)
    python bench/accuracy.py --set holdout99  # the 99th held-out set (tests/variants/holdout99)
    python bench/accuracy.py --set holdout100  # the 100th held-out set (tests/variants/holdout100)
    python bench/accuracy.py --set holdout101  # the 101st held-out set (tests/variants/holdout101)
    python bench/accuracy.py --set holdout102  # the 102nd held-out set (tests/variants/holdout102)
    python bench/accuracy.py --set holdout103  # the 103rd held-out set (tests/variants/holdout103)
    python bench/accuracy.py --set holdout105  # the 105th held-out set (tests/variants/holdout105)
    python bench/accuracy.py --set holdout104  # the 104th held-out set (tests/variants/holdout104)
    python bench/accuracy.py --set holdout106  # the 106th held-out set (tests/variants/holdout106)
    python bench/accuracy.py --set holdout107  # the 107th held-out set (tests/variants/holdout107)
    python bench/accuracy.py --set holdout108  # the 108th held-out set (tests/variants/holdout108)
    python bench/accuracy.py --set holdout109  # the 109th held-out set (tests/variants/holdout109)
    python bench/accuracy.py --set holdout110  # the 110th held-out set (tests/variants/holdout110)
    python bench/accuracy.py --set holdout111  # the 111th held-out set (tests/variants/holdout111)
    python bench/accuracy.py --set holdout112  # the 112th held-out set (tests/variants/holdout112)
    python bench/accuracy.py --set holdout113  # the 113th held-out set (tests/variants/holdout113)
    python bench/accuracy.py --set holdout114  # the 114th held-out set (tests/variants/holdout114)
    python bench/accuracy.py --set holdout115  # the 115th held-out set (tests/variants/holdout115)
    python bench/accuracy.py --set holdout116  # the 116th held-out set (tests/variants/holdout116)
    python bench/accuracy.py --set holdout117  # the 117th held-out set (tests/variants/holdout117)
    python bench/accuracy.py --set holdout118  # the 118th held-out set (tests/variants/holdout118)
    python bench/accuracy.py --set holdout119  # the 119th held-out set (tests/variants/holdout119)
    python bench/accuracy.py --set holdout120  # the 120th held-out set (tests/variants/holdout120)
    python bench/accuracy.py --set holdout121  # the 121st held-out set (tests/variants/holdout121)
    python bench/accuracy.py --set holdout122  # the 122nd held-out set (tests/variants/holdout122)
    python bench/accuracy.py --set holdout123  # the 123rd held-out set (tests/variants/holdout123)
    python bench/accuracy.py --set holdout124  # the 124th held-out set (tests/variants/holdout124)
    python bench/accuracy.py --set holdout125  # the 125th held-out set (tests/variants/holdout125)
    python bench/accuracy.py --set holdout126  # the 126th held-out set (tests/variants/holdout126)
    python bench/accuracy.py --set holdout127  # the 127th held-out set (tests/variants/holdout127)
    python bench/accuracy.py --set holdout128  # the 128th held-out set (tests/variants/holdout128)
    python bench/accuracy.py --set holdout129  # the 129th held-out set (tests/variants/holdout129)
    python bench/accuracy.py --set holdout130  # the 130th held-out set (tests/variants/holdout130)
    python bench/accuracy.py --set holdout131  # the 131st held-out set (tests/variants/holdout131)
    python bench/accuracy.py --set holdout132  # the 132nd held-out set (tests/variants/holdout132)
    python bench/accuracy.py --set holdout133  # the 133rd held-out set (tests/variants/holdout133)
    python bench/accuracy.py --set holdout134  # the 134th held-out set (tests/variants/holdout134)
    python bench/accuracy.py --set holdout135  # the 135th held-out set (tests/variants/holdout135)
    python bench/accuracy.py --set holdout136  # the 136th held-out set (tests/variants/holdout136)
    python bench/accuracy.py --set holdout137  # the 137th held-out set (tests/variants/holdout137)
    python bench/accuracy.py --set holdout138  # the 138th held-out set (tests/variants/holdout138)
    python bench/accuracy.py --set holdout139  # the 139th held-out set (tests/variants/holdout139)
    python bench/accuracy.py --set holdout140  # the 140th held-out set (tests/variants/holdout140)
    python bench/accuracy.py --set holdout141  # the 141th held-out set (tests/variants/holdout141)
    python bench/accuracy.py --set holdout142  # the 142th held-out set (tests/variants/holdout142)
    python bench/accuracy.py --set holdout144  # the 144th held-out set (tests/variants/holdout144)
    python bench/accuracy.py --set holdout145  # the 145th held-out set (tests/variants/holdout145)
    python bench/accuracy.py --set holdout143  # the 143th held-out set (tests/variants/holdout143)
    python bench/accuracy.py --set holdout146  # the 146th held-out set (tests/variants/holdout146)
    python bench/accuracy.py --set holdout147  # the 147th held-out set (tests/variants/holdout147)
    python bench/accuracy.py --set holdout148  # the 148th held-out set (tests/variants/holdout148)
    python bench/accuracy.py --set holdout149  # the 149th held-out set (tests/variants/holdout149)
    python bench/accuracy.py --set holdout150  # the 150th held-out set (tests/variants/holdout150)
    python bench/accuracy.py --set holdout151  # the 151th held-out set (tests/variants/holdout151)
    python bench/accuracy.py --set holdout153  # the 153th held-out set (tests/variants/holdout153)
    python bench/accuracy.py --set holdout154  # the 154th held-out set (tests/variants/holdout154)
    python bench/accuracy.py --set holdout155  # the 155th held-out set (tests/variants/holdout155)
    python bench/accuracy.py --set holdout152  # the 152th held-out set (tests/variants/holdout152)
    python bench/accuracy.py --set holdout156  # the 156th held-out set (tests/variants/holdout156)
    python bench/accuracy.py --set holdout157  # the 157th held-out set (tests/variants/holdout157)
    python bench/accuracy.py --set holdout158  # the 158th held-out set (tests/variants/holdout158)
    python bench/accuracy.py --set holdout159  # the 159th held-out set (tests/variants/holdout159)
    python bench/accuracy.py --set holdout160  # the 160th held-out set (tests/variants/holdout160)
    python bench/accuracy.py --set holdout161  # the 161st held-out set (tests/variants/holdout161)
    python bench/accuracy.py --set holdout162  # the 162nd held-out set (tests/variants/holdout162)
    python bench/accuracy.py --set holdout163  # the 163rd held-out set (tests/variants/holdout163)
    python bench/accuracy.py --set holdout164  # the 164th held-out set (tests/variants/holdout164)
    python bench/accuracy.py --set holdout165  # the 165th held-out set (tests/variants/holdout165)
    python bench/accuracy.py --set holdout166  # the 166th held-out set (tests/variants/holdout166)
    python bench/accuracy.py --set holdout167  # the 167th held-out set (tests/variants/holdout167)
    python bench/accuracy.py --set holdout168  # the 168th held-out set (tests/variants/holdout168)
    python bench/accuracy.py --set holdout169  # the 169th held-out set (tests/variants/holdout169)
    python bench/accuracy.py --set holdout170  # the 170th held-out set (tests/variants/holdout170)
    python bench/accuracy.py --set holdout171  # the 171st held-out set (tests/variants/holdout171)
    python bench/accuracy.py --set holdout172  # the 172nd held-out set (tests/variants/holdout172)
    python bench/accuracy.py --set holdout173  # the 173rd held-out set (tests/variants/holdout173)
    python bench/accuracy.py --set holdout174  # the 174th held-out set (tests/variants/holdout174)
    python bench/accuracy.py --set holdout175  # the 175th held-out set (tests/variants/holdout175)
    python bench/accuracy.py --set holdout176  # the 176th held-out set (tests/variants/holdout176)
    python bench/accuracy.py --set holdout177  # the 177th held-out set (tests/variants/holdout177)
    python bench/accuracy.py --set holdout178  # the 178th held-out set (tests/variants/holdout178)
    python bench/accuracy.py --set holdout180  # the 180th held-out set (tests/variants/holdout180)
    python bench/accuracy.py --set holdout179  # the 179th held-out set (tests/variants/holdout179)
    python bench/accuracy.py --set holdout181  # the 181st held-out set (tests/variants/holdout181)
    python bench/accuracy.py --set holdout182  # the 182nd held-out set (tests/variants/holdout182)
    python bench/accuracy.py --set holdout183  # the 183rd held-out set (tests/variants/holdout183)
    python bench/accuracy.py --set holdout184  # the 184th held-out set (tests/variants/holdout184)
    python bench/accuracy.py --set holdout185  # the 185th held-out set (tests/variants/holdout185)
    python bench/accuracy.py --set holdout186  # the 186th held-out set (tests/variants/holdout186)
    python bench/accuracy.py --set holdout187  # the 187th held-out set (tests/variants/holdout187)
    python bench/accuracy.py --set holdout188  # the 188th held-out set (tests/variants/holdout188)
    python bench/accuracy.py --set holdout189  # the 189th held-out set (tests/variants/holdout189)
    python bench/accuracy.py --set holdout190  # the 190th held-out set (tests/variants/holdout190)
    python bench/accuracy.py --set holdout191  # the 191st held-out set (tests/variants/holdout191)
    python bench/accuracy.py --set holdout192  # the 192nd held-out set (tests/variants/holdout192)
    python bench/accuracy.py --set holdout193  # the 193rd held-out set (tests/variants/holdout193)
    python bench/accuracy.py --set holdout194  # the 194th held-out set (tests/variants/holdout194)
    python bench/accuracy.py --set holdout195  # the 195th held-out set (tests/variants/holdout195)
    python bench/accuracy.py --set holdout196  # the 196th held-out set (tests/variants/holdout196)
    python bench/accuracy.py --set holdout197  # the 197th held-out set (tests/variants/holdout197)
    python bench/accuracy.py --set holdout198  # the 198th held-out set (tests/variants/holdout198)
    python bench/accuracy.py --set holdout199  # the 199th held-out set (tests/variants/holdout199)
    python bench/accuracy.py --set holdout200  # the 200th held-out set (tests/variants/holdout200)
    python bench/accuracy.py --set holdout201  # the 201st held-out set (tests/variants/holdout201)
    python bench/accuracy.py --set holdout202  # the 202nd held-out set (tests/variants/holdout202)
    python bench/accuracy.py --set holdout203  # the 203rd held-out set (tests/variants/holdout203)
    python bench/accuracy.py --set holdout204  # the 204th held-out set (tests/variants/holdout204)
    python bench/accuracy.py --set holdout205  # the 205th held-out set (tests/variants/holdout205)
    python bench/accuracy.py --set holdout206  # the 206th held-out set (tests/variants/holdout206)
    python bench/accuracy.py --set holdout207  # the 207th held-out set (tests/variants/holdout207)
    python bench/accuracy.py --set holdout208  # the 208th held-out set (tests/variants/holdout208)
    python bench/accuracy.py --set holdout209  # the 209th held-out set (tests/variants/holdout209)
    python bench/accuracy.py --set holdout210  # the 210th held-out set (tests/variants/holdout210)
    python bench/accuracy.py --set holdout211  # the 211th held-out set (tests/variants/holdout211)
    python bench/accuracy.py --set holdout212  # the 212th held-out set (tests/variants/holdout212)
    python bench/accuracy.py --set holdout213  # the 213th held-out set (tests/variants/holdout213)
    python bench/accuracy.py --set holdout214  # the 214th held-out set (tests/variants/holdout214)
    python bench/accuracy.py --set holdout215  # the 215th held-out set (tests/variants/holdout215)
    python bench/accuracy.py --set holdout216  # the 216th held-out set (tests/variants/holdout216)
    python bench/accuracy.py --set holdout217  # the 217th held-out set (tests/variants/holdout217)
    python bench/accuracy.py --set holdout218  # the 218th held-out set (tests/variants/holdout218)
    python bench/accuracy.py --set holdout219  # the 219th held-out set (tests/variants/holdout219)
    python bench/accuracy.py --set holdout220  # the 220th held-out set (tests/variants/holdout220)
    python bench/accuracy.py --set holdout221  # the 221st held-out set (tests/variants/holdout221)
    python bench/accuracy.py --set holdout222  # the 222nd held-out set (tests/variants/holdout222)
    python bench/accuracy.py --set holdout223  # the 223rd held-out set (tests/variants/holdout223)
    python bench/accuracy.py --set holdout224  # the 224th held-out set (tests/variants/holdout224)
    python bench/accuracy.py --set holdout225  # the 225th held-out set (tests/variants/holdout225)
    python bench/accuracy.py --set holdout226  # the 226th held-out set (tests/variants/holdout226)
    python bench/accuracy.py --set holdout227  # the 227th held-out set (tests/variants/holdout227)
    python bench/accuracy.py --set holdout228  # the 228th held-out set (tests/variants/holdout228)
    python bench/accuracy.py --set holdout229  # the 229th held-out set (tests/variants/holdout229)
    python bench/accuracy.py --set holdout230  # the 230th held-out set (tests/variants/holdout230)
    python bench/accuracy.py --set holdout231  # the 231st held-out set (tests/variants/holdout231)
    python bench/accuracy.py --set holdout232  # the 232nd held-out set (tests/variants/holdout232)
    python bench/accuracy.py --set holdout233  # the 233rd held-out set (tests/variants/holdout233)
    python bench/accuracy.py --set holdout234  # the 234th held-out set (tests/variants/holdout234)
    python bench/accuracy.py --set holdout235  # the 235th held-out set (tests/variants/holdout235)
    python bench/accuracy.py --set holdout236  # the 236th held-out set (tests/variants/holdout236)
    python bench/accuracy.py --set holdout237  # the 237th held-out set (tests/variants/holdout237)
    python bench/accuracy.py --set holdout238  # the 238th held-out set (tests/variants/holdout238)
    python bench/accuracy.py --set holdout239  # the 239th held-out set (tests/variants/holdout239)
    python bench/accuracy.py --set holdout240  # the 240th held-out set (tests/variants/holdout240)
    python bench/accuracy.py --set holdout241  # the 241st held-out set (tests/variants/holdout241)
    python bench/accuracy.py --set holdout242  # the 242nd held-out set (tests/variants/holdout242)
    python bench/accuracy.py --set holdout243  # the 243rd held-out set (tests/variants/holdout243)
    python bench/accuracy.py --set holdout244  # the 244th held-out set (tests/variants/holdout244)
    python bench/accuracy.py --set holdout245  # the 245th held-out set (tests/variants/holdout245)
    python bench/accuracy.py --set holdout246  # the 246th held-out set (tests/variants/holdout246)
    python bench/accuracy.py --set holdout247  # the 247th held-out set (tests/variants/holdout247)
    python bench/accuracy.py --set holdout248  # the 248th held-out set (tests/variants/holdout248)
    python bench/accuracy.py --set holdout249  # the 249th held-out set (tests/variants/holdout249)
    python bench/accuracy.py --set holdout250  # the 250th held-out set (tests/variants/holdout250)
    python bench/accuracy.py --set holdout251  # the 251st held-out set (tests/variants/holdout251)
    python bench/accuracy.py --set holdout252  # the 252nd held-out set (tests/variants/holdout252)
    python bench/accuracy.py --set holdout253  # the 253rd held-out set (tests/variants/holdout253)
    python bench/accuracy.py --set holdout254  # the 254th held-out set (tests/variants/holdout254)
    python bench/accuracy.py --set holdout255  # the 255th held-out set (tests/variants/holdout255)
    python bench/accuracy.py --set holdout256  # the 256th held-out set (tests/variants/holdout256)
    python bench/accuracy.py --set holdout257  # the 257th held-out set (tests/variants/holdout257)
    python bench/accuracy.py --set holdout258  # the 258th held-out set (tests/variants/holdout258)
    python bench/accuracy.py --set holdout259  # the 259th held-out set (tests/variants/holdout259)
    python bench/accuracy.py --set holdout260  # the 260th held-out set (tests/variants/holdout260)
    python bench/accuracy.py --set holdout261  # the 261st held-out set (tests/variants/holdout261)
    python bench/accuracy.py --set holdout262  # the 262nd held-out set (tests/variants/holdout262)
    python bench/accuracy.py --set holdout263  # the 263rd held-out set (tests/variants/holdout263)
    python bench/accuracy.py --set holdout264  # the 264th held-out set (tests/variants/holdout264)
    python bench/accuracy.py --set holdout265  # the 265th held-out set (tests/variants/holdout265)
    python bench/accuracy.py --set holdout266  # the 266th held-out set (tests/variants/holdout266)
    python bench/accuracy.py --set holdout267  # the 267th held-out set (tests/variants/holdout267)
    python bench/accuracy.py --set holdout268  # the 268th held-out set (tests/variants/holdout268)
    python bench/accuracy.py --set holdout269  # the 269th held-out set (tests/variants/holdout269)
    python bench/accuracy.py --set holdout270  # the 270th held-out set (tests/variants/holdout270)
    python bench/accuracy.py --set holdout271  # the 271st held-out set (tests/variants/holdout271)
    python bench/accuracy.py --set holdout272  # the 272nd held-out set (tests/variants/holdout272)
    python bench/accuracy.py --set holdout273  # the 273rd held-out set (tests/variants/holdout273)
    python bench/accuracy.py --set holdout274  # the 274th held-out set (tests/variants/holdout274)
    python bench/accuracy.py --set holdout275  # the 275th held-out set (tests/variants/holdout275)
    python bench/accuracy.py --set holdout276  # the 276th held-out set (tests/variants/holdout276)
    python bench/accuracy.py --set holdout277  # the 277th held-out set (tests/variants/holdout277)
    python bench/accuracy.py --set holdout278  # the 278th held-out set (tests/variants/holdout278)
    python bench/accuracy.py --set holdout279  # the 279th held-out set (tests/variants/holdout279)
    python bench/accuracy.py --set holdout280  # the 280th held-out set (tests/variants/holdout280)
    python bench/accuracy.py --set holdout281  # the 281st held-out set (tests/variants/holdout281)
    python bench/accuracy.py --set holdout282  # the 282nd held-out set (tests/variants/holdout282)
    python bench/accuracy.py --set holdout283  # the 283rd held-out set (tests/variants/holdout283)
    python bench/accuracy.py --set holdout284  # the 284th held-out set (tests/variants/holdout284)
    python bench/accuracy.py --set holdout285  # the 285th held-out set (tests/variants/holdout285)
    python bench/accuracy.py --set holdout286  # the 286th held-out set (tests/variants/holdout286)
    python bench/accuracy.py --set holdout287  # the 287th held-out set (tests/variants/holdout287)
    python bench/accuracy.py --set holdout288  # the 288th held-out set (tests/variants/holdout288)
    python bench/accuracy.py --set holdout289  # the 289th held-out set (tests/variants/holdout289)
    python bench/accuracy.py --set holdout290  # the 290th held-out set (tests/variants/holdout290)
    python bench/accuracy.py --set holdout291  # the 291st held-out set (tests/variants/holdout291)
    python bench/accuracy.py --set holdout292  # the 292nd held-out set (tests/variants/holdout292)
    python bench/accuracy.py --set holdout293  # the 293rd held-out set (tests/variants/holdout293)
    python bench/accuracy.py --set holdout294  # the 294th held-out set (tests/variants/holdout294)
    python bench/accuracy.py --set holdout295  # the 295th held-out set (tests/variants/holdout295)
    python bench/accuracy.py --set holdout296  # the 296th held-out set (tests/variants/holdout296)
    python bench/accuracy.py --set holdout297  # the 297th held-out set (tests/variants/holdout297)
    python bench/accuracy.py --set holdout298  # the 298th held-out set (tests/variants/holdout298)
    python bench/accuracy.py --set holdout299  # the 299th held-out set (tests/variants/holdout299)
    python bench/accuracy.py --set holdout300  # the 300th held-out set (tests/variants/holdout300)
    python bench/accuracy.py --set holdout301  # the 301st held-out set (tests/variants/holdout301)
    python bench/accuracy.py --set holdout302  # the 302nd held-out set (tests/variants/holdout302)
    python bench/accuracy.py --set holdout303  # the 303rd held-out set (tests/variants/holdout303)
    python bench/accuracy.py --set holdout304  # the 304th held-out set (tests/variants/holdout304)
    python bench/accuracy.py --set holdout305  # the 305th held-out set (tests/variants/holdout305)
    python bench/accuracy.py --set holdout306  # the 306th held-out set (tests/variants/holdout306)
    python bench/accuracy.py --set holdout307  # the 307th held-out set (tests/variants/holdout307)
    python bench/accuracy.py --set holdout308  # the 308th held-out set (tests/variants/holdout308)
    python bench/accuracy.py --set holdout309  # the 309th held-out set (tests/variants/holdout309)
    python bench/accuracy.py --set holdout310  # the 310th held-out set (tests/variants/holdout310)
    python bench/accuracy.py --set holdout311  # the 311th held-out set (tests/variants/holdout311)
    python bench/accuracy.py --set holdout312  # the 312th held-out set (tests/variants/holdout312)
    python bench/accuracy.py --set holdout313  # the 313th held-out set (tests/variants/holdout313)
    python bench/accuracy.py --set holdout314  # the 314th held-out set (tests/variants/holdout314)
    python bench/accuracy.py --set holdout315  # the 315th held-out set (tests/variants/holdout315)
    python bench/accuracy.py --set holdout316  # the 316th held-out set (tests/variants/holdout316)
    python bench/accuracy.py --set holdout317  # the 317th held-out set (tests/variants/holdout317)
    python bench/accuracy.py --set holdout318  # the 318th held-out set (tests/variants/holdout318)
    python bench/accuracy.py --set holdout319  # the 319th held-out set (tests/variants/holdout319)
    python bench/accuracy.py --set holdout320  # the 320th held-out set (tests/variants/holdout320)
    python bench/accuracy.py --set holdout321  # the 321st held-out set (tests/variants/holdout321)
    python bench/accuracy.py --set holdout322  # the 322nd held-out set (tests/variants/holdout322)
    python bench/accuracy.py --set holdout323  # the 323rd held-out set (tests/variants/holdout323)
    python bench/accuracy.py --set holdout324  # the 324th held-out set (tests/variants/holdout324)
    python bench/accuracy.py --set holdout325  # the 325th held-out set (tests/variants/holdout325)
    python bench/accuracy.py --set holdout326  # the 326th held-out set (tests/variants/holdout326)
    python bench/accuracy.py --set holdout327  # the 327th held-out set (tests/variants/holdout327)
    python bench/accuracy.py --set holdout328  # the 328th held-out set (tests/variants/holdout328)
    python bench/accuracy.py --set holdout329  # the 329th held-out set (tests/variants/holdout329)
    python bench/accuracy.py --set holdout330  # the 330th held-out set (tests/variants/holdout330)
    python bench/accuracy.py --set holdout331  # the 331st held-out set (tests/variants/holdout331)
    python bench/accuracy.py --set holdout332  # the 332nd held-out set (tests/variants/holdout332)
    python bench/accuracy.py --set holdout333  # the 333rd held-out set (tests/variants/holdout333)
    python bench/accuracy.py --set holdout334  # the 334th held-out set (tests/variants/holdout334)
    python bench/accuracy.py --set holdout335  # the 335th held-out set (tests/variants/holdout335)
    python bench/accuracy.py --set holdout336  # the 336th held-out set (tests/variants/holdout336)
    python bench/accuracy.py --set holdout337  # the 337th held-out set (tests/variants/holdout337)
    python bench/accuracy.py --set holdout338  # the 338th held-out set (tests/variants/holdout338)
    python bench/accuracy.py --set holdout339  # the 339th held-out set (tests/variants/holdout339)
    python bench/accuracy.py --set holdout340  # the 340th held-out set (tests/variants/holdout340)
    python bench/accuracy.py --set holdout341  # the 341st held-out set (tests/variants/holdout341)
    python bench/accuracy.py --set holdout342  # the 342nd held-out set (tests/variants/holdout342)
    python bench/accuracy.py --set holdout343  # the 343rd held-out set (tests/variants/holdout343)
    python bench/accuracy.py --set holdout344  # the 344th held-out set (tests/variants/holdout344)
    python bench/accuracy.py --set holdout345  # the 345th held-out set (tests/variants/holdout345)
    python bench/accuracy.py --set holdout346  # the 346th held-out set (tests/variants/holdout346)
    python bench/accuracy.py --set holdout347  # the 347th held-out set (tests/variants/holdout347)
    python bench/accuracy.py --set holdout348  # the 348th held-out set (tests/variants/holdout348)
    python bench/accuracy.py --set holdout349  # the 349th held-out set (tests/variants/holdout349)
    python bench/accuracy.py --set holdout350  # the 350th held-out set (tests/variants/holdout350)
    python bench/accuracy.py --set holdout351  # the 351st held-out set (tests/variants/holdout351)
    python bench/accuracy.py --set holdout352  # the 352nd held-out set (tests/variants/holdout352)
    python bench/accuracy.py --set holdout353  # the 353rd held-out set (tests/variants/holdout353)
    python bench/accuracy.py --set holdout354  # the 354th held-out set (tests/variants/holdout354)
    python bench/accuracy.py --set holdout355  # the 355th held-out set (tests/variants/holdout355)
    python bench/accuracy.py --set holdout356  # the 356th held-out set (tests/variants/holdout356)
    python bench/accuracy.py --set holdout357  # the 357th held-out set (tests/variants/holdout357)
    python bench/accuracy.py --set holdout358  # the 358th held-out set (tests/variants/holdout358)
    python bench/accuracy.py --set holdout359  # the 359th held-out set (tests/variants/holdout359)
    python bench/accuracy.py --set holdout360  # the 360th held-out set (tests/variants/holdout360)
    python bench/accuracy.py --set holdout361  # the 361st held-out set (tests/variants/holdout361)
    python bench/accuracy.py --set holdout362  # the 362nd held-out set (tests/variants/holdout362)
    python bench/accuracy.py --set holdout363  # the 363rd held-out set (tests/variants/holdout363)
    python bench/accuracy.py --set holdout364  # the 364th held-out set (tests/variants/holdout364)
    python bench/accuracy.py --set holdout365  # the 365th held-out set (tests/variants/holdout365)
    python bench/accuracy.py --set holdout366  # the 366th held-out set (tests/variants/holdout366)
    python bench/accuracy.py --set holdout367  # the 367th held-out set (tests/variants/holdout367)
    python bench/accuracy.py --set holdout368  # the 368th held-out set (tests/variants/holdout368)
    python bench/accuracy.py --set holdout369  # the 369th held-out set (tests/variants/holdout369)
    python bench/accuracy.py --set holdout370  # the 370th held-out set (tests/variants/holdout370)
    python bench/accuracy.py --set holdout371  # the 371st held-out set (tests/variants/holdout371)
    python bench/accuracy.py --set holdout372  # the 372nd held-out set (tests/variants/holdout372)
    python bench/accuracy.py --set holdout373  # the 373rd held-out set (tests/variants/holdout373)
    python bench/accuracy.py --set holdout374  # the 374th held-out set (tests/variants/holdout374)
    python bench/accuracy.py --set holdout375  # the 375th held-out set (tests/variants/holdout375)
    python bench/accuracy.py --set holdout376  # the 376th held-out set (tests/variants/holdout376)
    python bench/accuracy.py --set holdout377  # the 377th held-out set (tests/variants/holdout377)
    python bench/accuracy.py --set holdout378  # the 378th held-out set (tests/variants/holdout378)
    python bench/accuracy.py --set holdout379  # the 379th held-out set (tests/variants/holdout379)
    python bench/accuracy.py --set holdout380  # the 380th held-out set (tests/variants/holdout380)
    python bench/accuracy.py --set holdout381  # the 381st held-out set (tests/variants/holdout381)
    python bench/accuracy.py --set holdout382  # the 382nd held-out set (tests/variants/holdout382)
    python bench/accuracy.py --set holdout383  # the 383rd held-out set (tests/variants/holdout383)
    python bench/accuracy.py --set holdout384  # the 384th held-out set (tests/variants/holdout384)
    python bench/accuracy.py --set holdout385  # the 385th held-out set (tests/variants/holdout385)
    python bench/accuracy.py --set holdout386  # the 386th held-out set (tests/variants/holdout386)
    python bench/accuracy.py --set holdout387  # the 387th held-out set (tests/variants/holdout387)
    python bench/accuracy.py --set holdout388  # the 388th held-out set (tests/variants/holdout388)
    python bench/accuracy.py --set holdout389  # the 389th held-out set (tests/variants/holdout389)
    python bench/accuracy.py --set holdout390  # the 390th held-out set (tests/variants/holdout390)
    python bench/accuracy.py --set holdout391  # the 391st held-out set (tests/variants/holdout391)
    python bench/accuracy.py --set holdout392  # the 392nd held-out set (tests/variants/holdout392)
    python bench/accuracy.py --set holdout393  # the 393rd held-out set (tests/variants/holdout393)
    python bench/accuracy.py --set holdout394  # the 394th held-out set (tests/variants/holdout394)
    python bench/accuracy.py --set holdout395  # the 395th held-out set (tests/variants/holdout395)
    python bench/accuracy.py --set holdout396  # the 396th held-out set (tests/variants/holdout396)
    python bench/accuracy.py --set holdout397  # the 397th held-out set (tests/variants/holdout397)
    python bench/accuracy.py --set holdout398  # the 398th held-out set (tests/variants/holdout398)
    python bench/accuracy.py --set holdout399  # the 399th held-out set (tests/variants/holdout399)
    python bench/accuracy.py --set holdout400  # the 400th held-out set (tests/variants/holdout400)
    python bench/accuracy.py --set holdout401  # the 401st held-out set (tests/variants/holdout401)
    python bench/accuracy.py --set holdout402  # the 402nd held-out set (tests/variants/holdout402)
    python bench/accuracy.py --set holdout403  # the 403rd held-out set (tests/variants/holdout403)
    python bench/accuracy.py --set holdout404  # the 404th held-out set (tests/variants/holdout404)
    python bench/accuracy.py --set holdout405  # the 405th held-out set (tests/variants/holdout405)
    python bench/accuracy.py --set holdout406  # the 406th held-out set (tests/variants/holdout406)
    python bench/accuracy.py --set holdout407  # the 407th held-out set (tests/variants/holdout407)
    python bench/accuracy.py --set holdout408  # the 408th held-out set (tests/variants/holdout408)
    python bench/accuracy.py --set holdout409  # the 409th held-out set (tests/variants/holdout409)
    python bench/accuracy.py --set holdout410  # the 410th held-out set (tests/variants/holdout410)
    python bench/accuracy.py --set holdout411  # the 411th held-out set (tests/variants/holdout411)
    python bench/accuracy.py --set holdout412  # the 412th held-out set (tests/variants/holdout412)
    python bench/accuracy.py --set holdout413  # the 413th held-out set (tests/variants/holdout413)
    python bench/accuracy.py --set holdout414  # the 414th held-out set (tests/variants/holdout414)
    python bench/accuracy.py --set holdout415  # the 415th held-out set (tests/variants/holdout415)
    python bench/accuracy.py --set holdout416  # the 416th held-out set (tests/variants/holdout416)
    python bench/accuracy.py --set holdout417  # the 417th held-out set (tests/variants/holdout417)
    python bench/accuracy.py --set holdout418  # the 418th held-out set (tests/variants/holdout418)
    python bench/accuracy.py --set holdout419  # the 419th held-out set (tests/variants/holdout419)
    python bench/accuracy.py --set holdout420  # the 420th held-out set (tests/variants/holdout420)
    python bench/accuracy.py --set holdout421  # the 421st held-out set (tests/variants/holdout421)
    python bench/accuracy.py --set holdout422  # the 422nd held-out set (tests/variants/holdout422)
    python bench/accuracy.py --set holdout423  # the 423rd held-out set (tests/variants/holdout423)
    python bench/accuracy.py --set holdout424  # the 424th held-out set (tests/variants/holdout424)
    python bench/accuracy.py --set holdout425  # the 425th held-out set (tests/variants/holdout425)
    python bench/accuracy.py --set holdout426  # the 426th held-out set (tests/variants/holdout426)
    python bench/accuracy.py --set holdout427  # the 427th held-out set (tests/variants/holdout427)
    python bench/accuracy.py --set holdout428  # the 428th held-out set (tests/variants/holdout428)
    python bench/accuracy.py --set holdout429  # the 429th held-out set (tests/variants/holdout429)
    python bench/accuracy.py --set holdout430  # the 430th held-out set (tests/variants/holdout430)
    python bench/accuracy.py --set holdout431  # the 431st held-out set (tests/variants/holdout431)
    python bench/accuracy.py --set holdout432  # the 432nd held-out set (tests/variants/holdout432)
    python bench/accuracy.py --set holdout433  # the 433rd held-out set (tests/variants/holdout433)
    python bench/accuracy.py --set holdout434  # the 434th held-out set (tests/variants/holdout434)
    python bench/accuracy.py --set holdout435  # the 435th held-out set (tests/variants/holdout435)
    python bench/accuracy.py --set holdout436  # the 436th held-out set (tests/variants/holdout436)
    python bench/accuracy.py --set holdout437  # the 437th held-out set (tests/variants/holdout437)
    python bench/accuracy.py --set holdout438  # the 438th held-out set (tests/variants/holdout438)
    python bench/accuracy.py --set holdout439  # the 439th held-out set (tests/variants/holdout439)
    python bench/accuracy.py --set holdout440  # the 440th held-out set (tests/variants/holdout440)
    python bench/accuracy.py --set holdout441  # the 441st held-out set (tests/variants/holdout441)
    python bench/accuracy.py --set holdout442  # the 442nd held-out set (tests/variants/holdout442)
    python bench/accuracy.py --set holdout443  # the 443rd held-out set (tests/variants/holdout443)
    python bench/accuracy.py --set holdout444  # the 444th held-out set (tests/variants/holdout444)
    python bench/accuracy.py --set holdout445  # the 445th held-out set (tests/variants/holdout445)
    python bench/accuracy.py --set holdout446  # the 446th held-out set (tests/variants/holdout446)
    python bench/accuracy.py --set holdout447  # the 447th held-out set (tests/variants/holdout447)
    python bench/accuracy.py --set holdout448  # the 448th held-out set (tests/variants/holdout448)
    python bench/accuracy.py --set holdout449  # the 449th held-out set (tests/variants/holdout449)
    python bench/accuracy.py --set holdout450  # the 450th held-out set (tests/variants/holdout450)
    python bench/accuracy.py --set holdout451  # the 451st held-out set (tests/variants/holdout451)
    python bench/accuracy.py --set holdout452  # the 452nd held-out set (tests/variants/holdout452)
    python bench/accuracy.py --set holdout453  # the 453rd held-out set (tests/variants/holdout453)
    python bench/accuracy.py --set holdout454  # the 454th held-out set (tests/variants/holdout454)
    python bench/accuracy.py --set holdout455  # the 455th held-out set (tests/variants/holdout455)
    python bench/accuracy.py --set holdout456  # the 456th held-out set (tests/variants/holdout456)
    python bench/accuracy.py --set holdout457  # the 457th held-out set (tests/variants/holdout457)
    python bench/accuracy.py --set holdout458  # the 458th held-out set (tests/variants/holdout458)
    python bench/accuracy.py --set holdout459  # the 459th held-out set (tests/variants/holdout459)
    python bench/accuracy.py --set holdout460  # the 460th held-out set (tests/variants/holdout460)
    python bench/accuracy.py --set holdout461  # the 461st held-out set (tests/variants/holdout461)
    python bench/accuracy.py --set holdout462  # the 462nd held-out set (tests/variants/holdout462)
    python bench/accuracy.py --set holdout463  # the 463rd held-out set (tests/variants/holdout463)
    python bench/accuracy.py --set holdout464  # the 464th held-out set (tests/variants/holdout464)
    python bench/accuracy.py --set holdout465  # the 465th held-out set (tests/variants/holdout465)
    python bench/accuracy.py --set holdout466  # the 466th held-out set (tests/variants/holdout466)
    python bench/accuracy.py --set holdout467  # the 467th held-out set (tests/variants/holdout467)
    python bench/accuracy.py --set holdout468  # the 468th held-out set (tests/variants/holdout468)
    python bench/accuracy.py --set holdout469  # the 469th held-out set (tests/variants/holdout469)
    python bench/accuracy.py --set holdout470  # the 470th held-out set (tests/variants/holdout470)
    python bench/accuracy.py --set holdout471  # the 471st held-out set (tests/variants/holdout471)
    python bench/accuracy.py --set holdout472  # the 472nd held-out set (tests/variants/holdout472)
    python bench/accuracy.py --set holdout473  # the 473rd held-out set (tests/variants/holdout473)
    python bench/accuracy.py --set holdout474  # the 474th held-out set (tests/variants/holdout474)
    python bench/accuracy.py --set holdout475  # the 475th held-out set (tests/variants/holdout475)
    python bench/accuracy.py --set holdout476  # the 476th held-out set (tests/variants/holdout476)
    python bench/accuracy.py --set holdout477  # the 477th held-out set (tests/variants/holdout477)
    python bench/accuracy.py --set holdout478  # the 478th held-out set (tests/variants/holdout478)
    python bench/accuracy.py --set holdout479  # the 479th held-out set (tests/variants/holdout479)
    python bench/accuracy.py --set holdout480  # the 480th held-out set (tests/variants/holdout480)
    python bench/accuracy.py --set holdout481  # the 481st held-out set (tests/variants/holdout481)
    python bench/accuracy.py --set holdout482  # the 482nd held-out set (tests/variants/holdout482)
    python bench/accuracy.py --set holdout483  # the 483rd held-out set (tests/variants/holdout483)
    python bench/accuracy.py --set holdout484  # the 484th held-out set (tests/variants/holdout484)
    python bench/accuracy.py --set holdout485  # the 485th held-out set (tests/variants/holdout485)
    python bench/accuracy.py --set holdout486  # the 486th held-out set (tests/variants/holdout486)
    python bench/accuracy.py --set holdout487  # the 487th held-out set (tests/variants/holdout487)
    python bench/accuracy.py --set holdout488  # the 488th held-out set (tests/variants/holdout488)
    python bench/accuracy.py --set holdout489  # the 489th held-out set (tests/variants/holdout489)
    python bench/accuracy.py --set holdout490  # the 490th held-out set (tests/variants/holdout490)
    python bench/accuracy.py --set holdout491  # the 491st held-out set (tests/variants/holdout491)
    python bench/accuracy.py --set holdout492  # the 492nd held-out set (tests/variants/holdout492)
    python bench/accuracy.py --set holdout493  # the 493rd held-out set (tests/variants/holdout493)
    python bench/accuracy.py --set holdout494  # the 494th held-out set (tests/variants/holdout494)
    python bench/accuracy.py --set holdout495  # the 495th held-out set (tests/variants/holdout495)
    python bench/accuracy.py --set holdout496  # the 496th held-out set (tests/variants/holdout496)
    python bench/accuracy.py --set holdout497  # the 497th held-out set (tests/variants/holdout497)
    python bench/accuracy.py --set holdout498  # the 498th held-out set (tests/variants/holdout498)
    python bench/accuracy.py --set holdout499  # the 499th held-out set (tests/variants/holdout499)
    python bench/accuracy.py --set holdout500  # the 500th held-out set (tests/variants/holdout500)
    python bench/accuracy.py --set holdout501  # the 501st held-out set (tests/variants/holdout501)
    python bench/accuracy.py --set holdout502  # the 502nd held-out set (tests/variants/holdout502)
    python bench/accuracy.py --set holdout503  # the 503rd held-out set (tests/variants/holdout503)
    python bench/accuracy.py --set holdout504  # the 504th held-out set (tests/variants/holdout504)
    python bench/accuracy.py --set holdout505  # the 505th held-out set (tests/variants/holdout505)
    python bench/accuracy.py --set holdout506  # the 506th held-out set (tests/variants/holdout506)
    python bench/accuracy.py --set holdout507  # the 507th held-out set (tests/variants/holdout507)
    python bench/accuracy.py --set holdout508  # the 508th held-out set (tests/variants/holdout508)
    python bench/accuracy.py --set holdout509  # the 509th held-out set (tests/variants/holdout509)
    python bench/accuracy.py --set holdout510  # the 510th held-out set (tests/variants/holdout510)
    python bench/accuracy.py --set holdout511  # the 511th held-out set (tests/variants/holdout511)
    python bench/accuracy.py --set holdout512  # the 512th held-out set (tests/variants/holdout512)
    python bench/accuracy.py --set holdout513  # the 513th held-out set (tests/variants/holdout513)
    python bench/accuracy.py --set holdout514  # the 514th held-out set (tests/variants/holdout514)
    python bench/accuracy.py --set holdout515  # the 515th held-out set (tests/variants/holdout515)
    python bench/accuracy.py --set holdout516  # the 516th held-out set (tests/variants/holdout516)
    python bench/accuracy.py --set holdout517  # the 517th held-out set (tests/variants/holdout517)
    python bench/accuracy.py --set holdout518  # the 518th held-out set (tests/variants/holdout518)
    python bench/accuracy.py --set holdout519  # the 519th held-out set (tests/variants/holdout519)
    python bench/accuracy.py --set holdout520  # the 520th held-out set (tests/variants/holdout520)
    python bench/accuracy.py --set holdout521  # the 521st held-out set (tests/variants/holdout521)
    python bench/accuracy.py --set holdout522  # the 522nd held-out set (tests/variants/holdout522)
    python bench/accuracy.py --set holdout523  # the 523rd held-out set (tests/variants/holdout523)
    python bench/accuracy.py --set holdout524  # the 524th held-out set (tests/variants/holdout524)
    python bench/accuracy.py --set holdout525  # the 525th held-out set (tests/variants/holdout525)
    python bench/accuracy.py --set holdout526  # the 526th held-out set (tests/variants/holdout526)
    python bench/accuracy.py --set holdout527  # the 527th held-out set (tests/variants/holdout527)
    python bench/accuracy.py --set holdout528  # the 528th held-out set (tests/variants/holdout528)
    python bench/accuracy.py --set holdout529  # the 529th held-out set (tests/variants/holdout529)
    python bench/accuracy.py --set holdout530  # the 530th held-out set (tests/variants/holdout530)
    python bench/accuracy.py --set holdout531  # the 531st held-out set (tests/variants/holdout531)
    python bench/accuracy.py --set holdout532  # the 532nd held-out set (tests/variants/holdout532)
    python bench/accuracy.py --set holdout533  # the 533rd held-out set (tests/variants/holdout533)
    python bench/accuracy.py --set holdout534  # the 534th held-out set (tests/variants/holdout534)
    python bench/accuracy.py --set holdout535  # the 535th held-out set (tests/variants/holdout535)
    python bench/accuracy.py --set holdout536  # the 536th held-out set (tests/variants/holdout536)
    python bench/accuracy.py --set holdout537  # the 537th held-out set (tests/variants/holdout537)
    python bench/accuracy.py --set holdout538  # the 538th held-out set (tests/variants/holdout538)
    python bench/accuracy.py --set holdout539  # the 539th held-out set (tests/variants/holdout539)
    python bench/accuracy.py --set holdout540  # the 540th held-out set (tests/variants/holdout540)
    python bench/accuracy.py --set holdout541  # the 541st held-out set (tests/variants/holdout541)
    python bench/accuracy.py --set holdout542  # the 542nd held-out set (tests/variants/holdout542)
    python bench/accuracy.py --set holdout543  # the 543rd held-out set (tests/variants/holdout543)
    python bench/accuracy.py --set holdout544  # the 544th held-out set (tests/variants/holdout544)
    python bench/accuracy.py --set holdout545  # the 545th held-out set (tests/variants/holdout545)
    python bench/accuracy.py --set holdout546  # the 546th held-out set (tests/variants/holdout546)
    python bench/accuracy.py --set holdout547  # the 547th held-out set (tests/variants/holdout547)
    python bench/accuracy.py --set holdout548  # the 548th held-out set (tests/variants/holdout548)
    python bench/accuracy.py --set holdout549  # the 549th held-out set (tests/variants/holdout549)
    python bench/accuracy.py --set holdout550  # the 550th held-out set (tests/variants/holdout550)
    python bench/accuracy.py --set holdout551  # the 551st held-out set (tests/variants/holdout551)
    python bench/accuracy.py --set holdout552  # the 552nd held-out set (tests/variants/holdout552)
    python bench/accuracy.py --set holdout553  # the 553rd held-out set (tests/variants/holdout553)
    python bench/accuracy.py --set holdout554  # the 554th held-out set (tests/variants/holdout554)
    python bench/accuracy.py --set holdout555  # the 555th held-out set (tests/variants/holdout555)
    python bench/accuracy.py --set holdout556  # the 556th held-out set (tests/variants/holdout556)
    python bench/accuracy.py --set holdout557  # the 557th held-out set (tests/variants/holdout557)
    python bench/accuracy.py --set holdout558  # the 558th held-out set (tests/variants/holdout558)
    python bench/accuracy.py --set holdout559  # the 559th held-out set (tests/variants/holdout559)
    python bench/accuracy.py --set holdout560  # the 560th held-out set (tests/variants/holdout560)
    python bench/accuracy.py --set holdout561  # the 561st held-out set (tests/variants/holdout561)
    python bench/accuracy.py --set holdout562  # the 562nd held-out set (tests/variants/holdout562)
    python bench/accuracy.py --set holdout563  # the 563rd held-out set (tests/variants/holdout563)
    python bench/accuracy.py --set holdout564  # the 564th held-out set (tests/variants/holdout564)
    python bench/accuracy.py --set holdout565  # the 565th held-out set (tests/variants/holdout565)
    python bench/accuracy.py --set holdout566  # the 566th held-out set (tests/variants/holdout566)
    python bench/accuracy.py --set holdout567  # the 567th held-out set (tests/variants/holdout567)
    python bench/accuracy.py --set holdout568  # the 568th held-out set (tests/variants/holdout568)
    python bench/accuracy.py --set holdout569  # the 569th held-out set (tests/variants/holdout569)
    python bench/accuracy.py --set holdout570  # the 570th held-out set (tests/variants/holdout570)
    python bench/accuracy.py --set holdout571  # the 571st held-out set (tests/variants/holdout571)
    python bench/accuracy.py --set holdout572  # the 572nd held-out set (tests/variants/holdout572)
    python bench/accuracy.py --set holdout573  # the 573rd held-out set (tests/variants/holdout573)
    python bench/accuracy.py --set holdout574  # the 574th held-out set (tests/variants/holdout574)
    python bench/accuracy.py --set holdout575  # the 575th held-out set (tests/variants/holdout575)
    python bench/accuracy.py --set holdout576  # the 576th held-out set (tests/variants/holdout576)
    python bench/accuracy.py --set holdout577  # the 577th held-out set (tests/variants/holdout577)
    python bench/accuracy.py --set holdout578  # the 578th held-out set (tests/variants/holdout578)
    python bench/accuracy.py --set holdout579  # the 579th held-out set (tests/variants/holdout579)
    python bench/accuracy.py --set holdout580  # the 580th held-out set (tests/variants/holdout580)
    python bench/accuracy.py --set holdout581  # the 581st held-out set (tests/variants/holdout581)
    python bench/accuracy.py --set holdout582  # the 582nd held-out set (tests/variants/holdout582)
    python bench/accuracy.py --set holdout583  # the 583rd held-out set (tests/variants/holdout583)
    python bench/accuracy.py --set holdout584  # the 584th held-out set (tests/variants/holdout584)
    python bench/accuracy.py --set holdout585  # the 585th held-out set (tests/variants/holdout585)
    python bench/accuracy.py --set holdout586  # the 586th held-out set (tests/variants/holdout586)
    python bench/accuracy.py --set holdout587  # the 587th held-out set (tests/variants/holdout587)
    python bench/accuracy.py --set holdout588  # the 588th held-out set (tests/variants/holdout588)
    python bench/accuracy.py --set holdout589  # the 589th held-out set (tests/variants/holdout589)
    python bench/accuracy.py --set holdout590  # the 590th held-out set (tests/variants/holdout590)
    python bench/accuracy.py --set holdout591  # the 591st held-out set (tests/variants/holdout591)
    python bench/accuracy.py --set holdout592  # the 592nd held-out set (tests/variants/holdout592)
    python bench/accuracy.py --set holdout593  # the 593rd held-out set (tests/variants/holdout593)
    python bench/accuracy.py --set holdout594  # the 594th held-out set (tests/variants/holdout594)
    python bench/accuracy.py --set holdout595  # the 595th held-out set (tests/variants/holdout595)
    python bench/accuracy.py --set holdout596  # the 596th held-out set (tests/variants/holdout596)
    python bench/accuracy.py --set holdout597  # the 597th held-out set (tests/variants/holdout597)
    python bench/accuracy.py --set holdout598  # the 598th held-out set (tests/variants/holdout598)
    python bench/accuracy.py --set holdout599  # the 599th held-out set (tests/variants/holdout599)
    python bench/accuracy.py --set holdout600  # the 600th held-out set (tests/variants/holdout600)
    python bench/accuracy.py --set holdout601  # the 601st held-out set (tests/variants/holdout601)
    python bench/accuracy.py --set holdout602  # the 602nd held-out set (tests/variants/holdout602)
    python bench/accuracy.py --set holdout603  # the 603rd held-out set (tests/variants/holdout603)
    python bench/accuracy.py --set holdout604  # the 604th held-out set (tests/variants/holdout604)
    python bench/accuracy.py --set holdout605  # the 605th held-out set (tests/variants/holdout605)
    python bench/accuracy.py --set holdout606  # the 606th held-out set (tests/variants/holdout606)
    python bench/accuracy.py --set holdout607  # the 607th held-out set (tests/variants/holdout607)
    python bench/accuracy.py --set holdout608  # the 608th held-out set (tests/variants/holdout608)
    python bench/accuracy.py --set holdout609  # the 609th held-out set (tests/variants/holdout609)
    python bench/accuracy.py --set holdout610  # the 610th held-out set (tests/variants/holdout610)
    python bench/accuracy.py --set holdout611  # the 611th held-out set (tests/variants/holdout611)
    python bench/accuracy.py --set holdout612  # the 612th held-out set (tests/variants/holdout612)
    python bench/accuracy.py --set holdout613  # the 613th held-out set (tests/variants/holdout613)
    python bench/accuracy.py --set holdout614  # the 614th held-out set (tests/variants/holdout614)
    python bench/accuracy.py --set holdout615  # the 615th held-out set (tests/variants/holdout615)
    python bench/accuracy.py --set holdout616  # the 616th held-out set (tests/variants/holdout616)
    python bench/accuracy.py --set holdout617  # the 617th held-out set (tests/variants/holdout617)
    python bench/accuracy.py --set holdout618  # the 618th held-out set (tests/variants/holdout618)
    python bench/accuracy.py --set holdout619  # the 619th held-out set (tests/variants/holdout619)
    python bench/accuracy.py --set holdout620  # the 620th held-out set (tests/variants/holdout620)
    python bench/accuracy.py --set holdout621  # the 621st held-out set (tests/variants/holdout621)
    python bench/accuracy.py --set holdout622  # the 622nd held-out set (tests/variants/holdout622)
    python bench/accuracy.py --set holdout623  # the 623rd held-out set (tests/variants/holdout623)
    python bench/accuracy.py --set holdout624  # the 624th held-out set (tests/variants/holdout624)
    python bench/accuracy.py --set holdout625  # the 625th held-out set (tests/variants/holdout625)
The corpus is built into a temporary folder and checked with ``python -m goalbook check
--format json`` in a subprocess (the JSON contract, with this worktree's code first on the path).

Matching. A finding matches a mark when its code is the mark's code or one of its ``alt`` codes
(any code for a ``*`` mark) and it stands where the mark does: a file-level mark (no cell) is
matched by a finding anywhere in the return; a cell mark by a finding on the same sheet and
cell; a row-level mark (``row=True``) by a finding on the same sheet and row.

Figures.
* marks: the required marks; found: those matched by at least one finding, whatever its
  severity; recall = found / marks.
* false errors: error findings that match no mark, or match only marks whose accepted severity
  is lower (over-severe), plus unreadable returns; the returns carry the reviewer's statement
  "no error anywhere except at marked cells". ``on correct`` counts those on returns without
  required marks.
* false warnings: warning findings that match no mark, or only marks accepting info.
* empty names: findings whose message or hint quotes an empty name (``“”``, ``''``, ``""``) or
  offers an empty suggestion (``如 ）``).
Info findings are never counted against goalbook.
A return belongs to every variant item it covers, so the item rows overlap; the total counts
each return once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.variants import ITEMS, Built  # noqa: E402
from tests.variants.corpora import CORPORA, builder  # noqa: E402
from tests.variants.kit import Placed  # noqa: E402

RANK = {"info": 0, "warning": 1, "error": 2}
EMPTY_NAME = ("“”", "''", '""', "如 ）", "如 )")


@dataclass
class Tally:
    returns: int = 0
    correct: int = 0
    marks: int = 0
    found: int = 0
    false_errors: int = 0
    on_correct: int = 0
    false_warnings: int = 0
    empty_names: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for k in ("returns", "correct", "marks", "found", "false_errors", "on_correct",
                  "false_warnings", "empty_names"):  # fmt: skip
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def recall(self) -> float | None:
        return self.found / self.marks if self.marks else None


def _row(cell: str) -> int:
    return int(re.sub(r"^[A-Z]+", "", cell))


def matches(p: Placed, f: dict[str, Any]) -> bool:
    if p.mark.code != "*" and f["code"] not in (p.mark.code, *p.mark.alt):
        return False
    if p.cell is None:
        return True
    if f.get("sheet") != p.sheet or not f.get("cell"):
        return False
    return bool(f["cell"] == p.cell or (p.mark.row and _row(f["cell"]) == _row(p.cell)))


def _where(f: dict[str, Any]) -> str:
    return f"{f.get('sheet')}!{f.get('cell')}" if f.get("cell") else "(file)"


def judge(built: Built, result: dict[str, Any] | None) -> Tally:
    """Compare one return's findings with its marks."""
    t = Tally(returns=1, correct=int(built.correct))
    name = built.variant.name
    required = [p for p in built.marks if p.mark.required]
    t.marks = len(required)
    if result is None or result.get("status") == "unreadable":
        t.false_errors += 1
        t.on_correct += int(built.correct)
        t.notes.append(f"{name}: unreadable: {result and result.get('error')}")
        return t
    findings: list[dict[str, Any]] = result.get("findings", [])
    for p in required:
        if any(matches(p, f) for f in findings):
            t.found += 1
        else:
            at = f"{p.sheet}!{p.cell}" if p.cell else "(file)"
            t.notes.append(f"{name}: MISSED {p.mark.code} at {at} {p.mark.note}".rstrip())
    for f in findings:
        text = f"{f.get('message') or ''} {f.get('hint') or ''}"
        if any(e in text for e in EMPTY_NAME):
            t.empty_names += 1
            t.notes.append(f"{name}: EMPTY NAME {f['code']} {_where(f)}: {f.get('message')}")
        sev = RANK[f["severity"]]
        hits = [p for p in built.marks if matches(p, f)]
        if sev == 0 or any(sev <= RANK[p.mark.severity] for p in hits):
            continue
        kind = "over-severe" if hits else "unmarked"
        if sev == 2:
            t.false_errors += 1
            t.on_correct += int(built.correct)
            t.notes.append(f"{name}: FALSE ERROR ({kind}) {f['code']} {_where(f)}: "
                           f"{f.get('message')}")  # fmt: skip
        else:
            t.false_warnings += 1
            t.notes.append(f"{name}: false warning ({kind}) {f['code']} {_where(f)}: "
                           f"{f.get('message')}")  # fmt: skip
    return t


def run_check(folder: Path) -> dict[str, dict[str, Any]]:
    """``goalbook check --format json`` on the folder: results by file stem."""
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    env = dict(os.environ, PYTHONPATH=path)
    proc = subprocess.run(
        [sys.executable, "-m", "goalbook", "check", str(folder), "--format", "json"],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    if proc.returncode not in (0, 1, 2) or not proc.stdout.strip():
        raise SystemExit(f"goalbook check failed ({proc.returncode}):\n{proc.stderr}")
    data = json.loads(proc.stdout)
    return {Path(f["path"]).stem: f for f in data["files"]}


def measure(folder: Path, which: str = "main") -> tuple[dict[int, Tally], Tally, list[Tally]]:
    built = builder(which)(folder)
    results = run_check(folder)
    per_return = [judge(b, results.get(b.variant.name)) for b in built]
    items = {i: Tally() for i in ITEMS}
    total = Tally()
    for b, t in zip(built, per_return, strict=True):
        total.add(t)
        total.notes.extend(t.notes)
        for i in b.variant.items:
            items[i].add(t)
    return items, total, per_return


def _fmt(t: Tally) -> str:
    recall = f"{t.recall:.0%}" if t.recall is not None else "–"
    return (f"{t.returns:>3} {t.correct:>3} {t.marks:>5} {t.found:>5} {recall:>6} "
            f"{t.false_errors:>6} {t.on_correct:>6} {t.false_warnings:>6} "
            f"{t.empty_names:>5}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--detail", action="store_true", help="list missed marks and false findings")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--set", choices=list(CORPORA), default="main", dest="which",
                    help="main (tests/variants), holdout, holdout2, holdout3, holdout4, holdout5, "
                    "holdout6, holdout7 or holdout8 (tests/variants/holdout*)")  # fmt: skip
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="goalbook-variants-") as tmp:
        items, total, _ = measure(args.keep or Path(tmp), args.which)
    if args.json:
        keys = ("returns", "correct", "marks", "found", "false_errors", "on_correct",
                "false_warnings", "empty_names")  # fmt: skip
        out = {str(i): {k: getattr(t, k) for k in keys} for i, t in items.items()}
        out["total"] = {k: getattr(total, k) for k in keys}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print("item                                          ret cor marks found recall "
          "f.err on-cor f.warn empty")  # fmt: skip
    for i, t in items.items():
        label = f"{i:>2} {ITEMS[i]}"
        pad = 44 - sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in label)
        print(f"{label}{' ' * pad}{_fmt(t)}")
    print(f"{'total':<44}{_fmt(total)}")
    if args.detail:
        print()
        print("\n".join(total.notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
