"""Returns ji07–ji12: a greenway, stacked city-management projects, bridges, secondary water
supply, lifts in old estates, a city-management bureau's flat list."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout51.common import notes, sign, wan
from tests.variants.holdout51.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct


@variant(
    "ji07-greenway-dates-detail",
    (9, 12),
    "one-year greenway, NAT-2021, 指标解释 column, detail block below: an acceptance "
    "rate over 100 %, a completion date after the year, detail lines short of their "
    "合计",
)
def ji07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 18, 30, 12))
    project_head(
        s, year=2025, name="环湖绿道建设工程", dept="白沙河区城市管理和综合执法局（0512）",
        unit="白沙河区园林绿化服务中心", attr="一次性项目",
        money=[("年度资金总额", wan(1050), "其中：财政拨款", wan(850)),
               ("上级补助", wan(200), None, None)],
        goals=("建成环湖绿道6.2公里、驿站3处，补植绿化2.1万平方米，设置标识标牌120块，"
               "形成连续贯通的滨水慢行系统。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "新建绿道长度", "≥6.2公里", "彩色透水沥青路面，宽4米"),
        (None, None, "建设驿站", "3处", "含休息、公厕、便民服务功能"),
        (None, None, "绿化补植面积", "≥2.1万平方米", "乔灌草结合"),
        (None, None, "设置标识标牌", "≥120块", "导向、警示、科普标牌"),
        (None, "质量指标", "工程验收合格率", mk("≥105%", "T106", "error"), "按分项工程统计"),
        (None, None, "苗木成活率", "≥95%", "养护期满后统计"),
        (None, "时效指标", "开工时间", "2025年3月31日前", None),
        (None, None, "完工时间", mk("2026年3月31日前", "Y102", "error", note="一年期项目，"
                                     "计划完成日期2025年12月31日"), "全线贯通"),
        ("成本指标", "经济成本指标", "绿道铺装单价", "≤85万元/公里", "含路基、面层、路缘石"),
        (None, None, "绿化补植单价", "≤150元/平方米", None),
        ("效益指标", "社会效益指标", "绿道年接待游客", "≥30万人次", "按入口客流监测"),
        (None, "生态效益指标", "沿线绿化覆盖率", "≥40%", None),
        (None, "可持续影响指标", "设施维护保养期", "≥2年", "质保期内由施工单位维护"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "问卷抽样不少于300份"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("建设内容及资金测算（万元）", merge=[(1, 6)])
    s.row("序号", "建设内容", "规模", "单价", "金额（万元）", None, merge=[(5, 6)])
    s.row(1, "绿道铺装", "6.2公里", "85万元/公里", wan(527), merge=[(5, 6)])
    s.row(2, "驿站建设", "3处", "40万元/处", wan(120), merge=[(5, 6)])
    s.row(3, "绿化补植", "2.1万平方米", "150元/平方米", wan(315), merge=[(5, 6)])
    s.row(4, "标识系统", "120块", "按清单计价", wan(38), merge=[(5, 6)])
    s.row("合计", None, None, None, mk(wan(1050), "B102", "error", note="527+120+315+38=1000"),
          merge=[(1, 4), (5, 6)])  # fmt: skip
    sign(s, "马俊", "郑秀兰", "高远", "0731-8617734", "2024年11月22日")
    return b


@variant(
    "ji08-stacked-toilets-pocket-parks",
    (2,),
    "two one-year projects of a 城市管理局 stacked in one sheet, OLD-NAT, one value "
    "column, same names with different values, unit cost × count equal to the money, "
    "correct",
)
def ji08() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 28, 20, 16, 16))
    project_head(
        s, year=2025, name="城区公厕提质改造项目", dept="青岚市城市管理局（207）",
        unit="青岚市环境卫生管理处", attr="一次性项目",
        money=[("资金总额", wan(460), "其中：财政拨款", wan(380)),
               ("其他资金", wan(80), None, None)],
        goals=("改造城区公厕23座，新建第三卫生间8间，改造后全部达到二类以上标准。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table([
        ("产出指标", "数量指标", "改造公厕", "≥23座"),
        (None, None, "新建第三卫生间", "≥8间"),
        (None, "质量指标", "改造公厕达标率", pct(1)),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "单座公厕改造平均成本", "≤20万元/座"),
        ("效益指标", "社会效益指标", "日均服务如厕人次", "≥1.5万人次"),
        (None, "可持续影响指标", "公厕保洁管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="口袋公园建设项目", dept="青岚市城市管理局（207）",
        unit="青岚市园林绿化中心", attr="一次性项目",
        money=[("资金总额", wan(720), "其中：财政拨款", wan(600)),
               ("上级补助", wan(120), None, None)],
        goals=("利用边角地新建口袋公园12个，新增绿地3.6万平方米，方便居民就近休闲。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table([
        ("产出指标", "数量指标", "新建口袋公园", "≥12个"),
        (None, None, "新增绿地面积", "≥3.6万平方米"),
        (None, "质量指标", "竣工验收合格率", pct(1)),
        (None, None, "苗木成活率", "≥95%"),
        (None, "时效指标", "完工时间", "2025年11月30日前"),
        (None, "成本指标", "口袋公园建设平均成本", "≤200元/平方米"),
        ("效益指标", "社会效益指标", "服务周边居民", "≥4.5万人"),
        (None, "生态效益指标", "城区人均公园绿地面积增加", "≥0.3平方米"),
        (None, "可持续影响指标", "绿地管护期", "≥2年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "孙卫东", "陈静", "赵敏", "0739-5233420", "2024年11月12日")
    return b


@variant(
    "ji09-bridges-annual-first",
    (8, 11),
    "three-year bridge repairs, OLD-NAT, the 年度 column before the 中期 one: an annual "
    "count above the period, a coverage rate as a count, a response time with ≥",
)
def ji09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 18, 20, 14))
    project_head(
        s, year=2025, years=3, attr="延续项目",
        name="城区桥梁维修加固项目", dept="青岚市住房和城乡建设局（203001）",
        unit="青岚市桥梁隧道管理所",
        money=[("中期资金总额", wan(3000), "年度资金总额", wan(1100)),
               ("其中：财政拨款", wan(2400), "其中：财政拨款", wan(900)),
               ("上级补助", wan(600), "上级补助", wan(200))],
        goals=("2025—2027年维修加固城区危旧桥梁8座，完成全部78座次定期检测，"
               "一、二类桥梁比例达到90%以上。",
               "2025年维修加固桥梁3座，定期检测26座，更换伸缩缝180米。"),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "2025年度指标值", "中期指标值（2025—2027年）", None)
    s.table([
        ("产出指标", "数量指标", "维修加固桥梁",
         mk("≥12座", "D201", "error", note="年度目标为3座"), "≥8座"),
        (None, None, "桥梁定期检测", "≥26座", "≥78座次"),
        (None, None, "更换伸缩缝", "≥180米", "≥520米"),
        (None, "质量指标", "加固工程验收合格率", pct(1), pct(1)),
        (None, None, "桥梁检测覆盖率", mk("26座", "T105", "error"), pct(1)),
        (None, "时效指标", "病害处置响应时间",
         mk("≥24小时", "T108", "warning", row=True, alt=("D203",)), "≤24小时"),
        (None, None, "维修任务完成时间", "2025年12月31日前", "2027年12月31日前"),
        (None, "成本指标", "桥梁加固平均成本",
         mk("≤300万元/座", "B107", "warning", row=True, required=False,
            note="错填的12座×300万元超过年度资金：错填的后果"), "≤300万元/座"),
        (None, None, "桥梁检测单价", "≤2.5万元/座", "≤2.5万元/座"),
        ("效益指标", "社会效益指标", "一、二类桥梁比例", "≥85%", "≥90%"),
        (None, None, "桥梁安全责任事故", "0起", "0起"),
        (None, "可持续影响指标", "加固后桥梁使用年限延长", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "通行群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邓建国", "刘芳", "钱立", "0739-5216093", "2024年11月15日")
    return b


@variant(
    "ji10-secondary-supply-two-line-header",
    (1, 8),
    "three-year secondary water supply, NAT-2021, two-line header (指标值 over 中期 and "
    "年度), 比较符 and 计量单位 columns, bare numbers and percent cells, dates as "
    "dates, correct",
)
def ji10() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", (14, 16, 26, 10, 18, 16, 14))
    project_head(
        s, year=2025, years=3, attr="新增项目",
        name="老旧小区二次供水设施改造项目", dept="临溪县水利局（415）",
        unit="临溪县城乡供水服务中心",
        money=[("中期资金总额", wan(4500), "年度资金总额", wan(1600)),
               ("其中：财政拨款", wan(2700), "其中：财政拨款", wan(900)),
               ("上级补助", wan(1200), "上级补助", wan(500)),
               ("自筹资金", wan(600), "自筹资金", wan(200))],
        goals=("2025—2027年改造老旧小区二次供水泵房45座、供水立管36公里，泵房全部接入远程监控，"
               "惠及居民2.8万户。",
               "2025年改造泵房16座、供水立管13公里，惠及居民1万户。"),
    )  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", None, "计量单位",
                merge=[(5, 6)])  # fmt: skip
    s.row(None, None, None, None, "中期（2025—2027年）", "2025年度", None)
    for c in (1, 2, 3, 4, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "改造二次供水泵房", "≥", 45, 16, "座"),
        (None, None, "更换供水立管", "≥", 36, 13, "公里"),
        (None, None, "安装泵房远程监控终端", "≥", 45, 16, "套"),
        (None, "质量指标", "出水水质合格率", "≥", pct(0.99), pct(0.99), "%"),
        (None, None, "竣工验收合格率", "=", pct(1), pct(1), "%"),
        (None, None, "施工安全事故", "=", 0, 0, "起"),
        (None, "时效指标", "改造任务完成时间", "≤", day(2027, 12, 31), day(2025, 12, 31), None),
        ("成本指标", "经济成本指标", "泵房改造单价", "≤", 70, 70, "万元/座"),
        (None, None, "供水立管更换单价", "≤", 35, 35, "万元/公里"),
        ("效益指标", "经济效益指标", "泵房运行能耗降低", "≥", pct(0.15), pct(0.1), "%"),
        (None, "社会效益指标", "受益居民", "≥", 2.8, 1.0, "万户"),
        (None, None, "高层住户水压达标率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "可持续影响指标", "泵房远程监控接入率", "=", pct(1), pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "居民用水满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.中期指标值为2025—2027年累计值；2.泵房改造单价含设备购置及安装。", width=7)
    sign(s, "钟立新", "谢红梅", "彭浩", "0734-6607218", "2024年11月28日")
    return b


@variant(
    "ji11-lifts-mixed-units-duplicate",
    (1, 12),
    "one-year old-estate lifts with 上级补助, OLD-NAT: the 上级补助 cell in 元 inside a "
    "万元 block, one indicator twice with different targets, no 满意度 tier",
)
def ji11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 18, 26, 14))
    project_head(
        s, year=2025, name="老旧小区既有住宅加装电梯及配套改造项目",
        dept="白沙河区住房和城乡建设局（318002）", unit="白沙河区城市更新服务中心",
        attr="一次性项目",
        money=[("资金总额", wan(960), "其中：财政拨款", wan(360)),
               ("上级补助", mk(money(4800000, YUAN), "B105", "error",
                              note="480万元按元填报"), "自筹资金", wan(120))],
        goals=("完成6个老旧小区配套改造，既有住宅加装电梯30部，更新雨污管网3.2公里，"
               "增设电动自行车充电桩400个。",),
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="按元读上级补助则不平：同一处错误")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None)
    s.table([
        ("产出指标", "数量指标", "既有住宅加装电梯", "≥30部", "以取得使用登记证为准"),
        (None, None, "改造小区", "≥6个", None),
        (None, None, "更新改造雨污管网", "≥3.2公里", "雨污分流"),
        (None, None, "增设电动自行车充电桩", "≥400个", None),
        (None, "质量指标", "电梯验收合格率", pct(1), "特种设备监督检验"),
        (None, None, "工程竣工验收合格率", pct(1), None),
        (None, "时效指标", "开工时间", "2025年4月30日前", None),
        (None, None, "完工时间", "2025年12月20日前", None),
        (None, "成本指标", "加装电梯补助标准", "≤20万元/部", "省级补助标准"),
        (None, None, "雨污管网改造单价", "≤80万元/公里", None),
        ("效益指标", "社会效益指标", "受益居民", "≥1500户", None),
        (None, None, mk("既有住宅加装电梯", "D102", "error", row=True, alt=("D101", "D103")),
         "≥25部", None),
        (None, "可持续影响指标", "电梯维保合同签订率", pct(1), "维保期不少于5年"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="居民是服务对象，满意度指标缺失")
    sign(s, "曾国平", "彭艳", "刘洋", "0731-8563931", "2024年11月25日")
    return b


@variant(
    "ji12-city-management-flat",
    (3,),
    "department, flat list (指标名称 · 指标性质 as operator · 指标值 · 计量单位 · "
    "指标方向 · 权重), unit costs × areas within the task money, correct",
)
def ji12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (26, 12, 16, 18, 12, 10))
    department_head(
        s, year=2025, dept="临溪县城市管理局",
        budget=[(wan(2386.4), wan(2306.4), wan(80), wan(986.4), wan(1400))],
        tasks=[("城区环卫保洁", "城区道路及公共区域保洁320万平方米", wan(760), "机械化清扫率≥85%"),
               ("园林绿化养护", "城区绿地养护185万平方米", wan(380), "养护达标"),
               ("市政设施维护", "道路、桥涵、路灯等设施日常维护", wan(180), "设施完好率≥95%"),
               ("数字城管平台运行", "平台运维及案件采集", wan(80), "按期结案率≥95%"),
               ("金额合计", None, wan(1400), None)],
        goal="保持城区环境整洁有序，生活垃圾全部无害化处理，市政设施完好运行，"
             "数字城管案件按期办结，市民满意度不低于90%。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标性质", "指标值", "计量单位", "指标方向", "权重")
    for line in [
        ("城区道路机械化清扫率", "≥", pct(0.85), "%", "正向", 10),
        ("生活垃圾无害化处理率", "=", pct(1), "%", "正向", 10),
        ("城区保洁面积", "≥", 320, "万平方米", "正向", 10),
        ("环卫保洁单价", "≤", 2.3, "元/平方米·年", "反向", 5),
        ("园林绿地养护面积", "≥", 185, "万平方米", "正向", 10),
        ("绿地养护单价", "≤", 2.0, "元/平方米·年", "反向", 5),
        ("市政设施完好率", "≥", pct(0.95), "%", "正向", 10),
        ("路灯亮灯率", "≥", pct(0.98), "%", "正向", 5),
        ("数字城管案件按期结案率", "≥", pct(0.95), "%", "正向", 10),
        ("城市管理投诉办结时限", "≤", 5, "个工作日", "反向", 5),
        ("安全生产事故", "=", 0, "起", "反向", 5),
        ("市民满意度", "≥", pct(0.9), "%", "正向", 15),
    ]:
        s.row(*line)
    sign(s, "唐建军", "王燕", "许婷", "0734-6621835", "2024年11月18日")
    return b
