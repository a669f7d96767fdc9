"""Returns whose dates passed through conversions: Excel serial numbers under a date format,
dates typed as text (2026.12.31, 2026/6/30, 2026年6月), a serial left in a text cell."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout132.registry import variant
from tests.variants.kit import DATE, WAN, Book, C, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ml01-serial-dates",
    (9,),
    "project, NAT-2021, dates stored as serial numbers under a "
    "date format, 比较符 and 计量单位 columns, percent cells, a deadline as a date cell",
)
def ml01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="青岚市白沙河区智慧居家养老服务平台运维项目",
        dept="青岚市白沙河区民政局（311002）",
        unit="白沙河区养老服务指导中心",
        start=C(46023, DATE),
        end=C(46387, DATE),
        money=[
            ("实施期资金总额", money(186.5, WAN), "年度资金总额", money(186.5, WAN)),
            ("其中：财政拨款", money(160.0, WAN), "其中：财政拨款", money(160.0, WAN)),
            ("其他资金", money(26.5, WAN), "其他资金", money(26.5, WAN)),
        ],
        goals=[
            "2026年完成平台运维和升级，接入辖区老年人3500人以上，提供上门助餐助洁服务8000人次"
            "以上，新装紧急呼叫终端600台，紧急呼叫15分钟内响应，服务老年人满意度达到90%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "平台年度运维费用", "≤", 98, "万元"),
            (None, None, "上门服务补贴标准", "≤", 60, "元/人次"),
            ("产出指标", "数量指标", "接入平台老年人数", "≥", 3500, "人"),
            (None, None, "上门助餐助洁服务", "≥", 8000, "人次"),
            (None, None, "新装紧急呼叫终端", "≥", 600, "台"),
            (None, "质量指标", "紧急呼叫有效处置率", "≥", pct(0.98), "%"),
            (None, None, "服务记录完整率", "≥", pct(0.95), "%"),
            (None, "时效指标", "紧急呼叫响应时间", "≤", 15, "分钟"),
            (None, None, "平台升级上线时间", "≤", C(46203, DATE), None),
            ("效益指标", "社会效益指标", "独居老人定期探访覆盖率", "≥", pct(0.9), "%"),
            (None, None, "老年人意外事件及时处置率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "服务商考核退出机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥", pct(0.9), "%"),
            (None, None, "老年人家属满意度", "≥", pct(0.88), "%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：周敏", None, "联系电话：0571-8820 3316", None, "填报日期：", C(45979, DATE))
    return b


@variant(
    "ml02-text-dates",
    (9,),
    "project, OLD-NAT, plan dates typed as text (2026.1.1, "
    "2026.12.31), a deadline 2026/10/31前, one value column, 成本 under 产出",
)
def ml02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 22, 14, 14))
    project_head(
        s,
        year=2026,
        name="临溪县2026年农村公路日常养护项目",
        dept="临溪县交通运输局",
        unit="临溪县公路养护中心",
        attr="常年项目",
        start="2026.1.1",
        end="2026.12.31",
        money=[
            ("年度资金总额", money(860), "其中：财政拨款", money(800)),
            ("其他资金", money(60), None, None),
        ],
        goals=[
            "完成县乡道日常养护320公里、村道日常养护540公里，改造危桥3座并于2026年10月底前"
            "完工，路面优良路率不低于75%，保障全县建制村通畅。"
        ],
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "县乡道日常养护里程", "≥320公里"),
            (None, None, "村道日常养护里程", "≥540公里"),
            (None, None, "危桥改造数量", "3座"),
            (None, None, "新增安全防护设施", "≥25公里"),
            (None, "质量指标", "县乡道路面优良路率", "≥75%"),
            (None, None, "危桥改造验收合格率", "=100%"),
            (None, "时效指标", "危桥改造完工时间", "2026/10/31前"),
            (None, None, "水毁路段抢通时间", "≤48小时"),
            (None, "成本指标", "县乡道每公里养护成本", "≤1.2万元/公里"),
            (None, None, "村道每公里养护成本", "≤0.7万元/公里"),
            ("效益指标", "社会效益指标", "建制村通畅率", "=100%"),
            (None, None, "因路况引发的交通事故", "≤3起"),
            (None, "可持续影响指标", "农村公路养护长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：", "陈立新", None, "填报日期：", "2025.11.20")
    return b


@variant(
    "ml03-text-dates-wrong",
    (9,),
    "project, OLD-NAT, one-year, plan dates as text "
    "(2026/3/1, 2026/12/31), a unit column and a 备注 column; one deadline in 2027",
)
def ml03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 18, 12, 30))
    project_head(
        s,
        year=2026,
        name="松川县中小学校舍维修改造项目",
        dept="松川县教育局",
        unit="松川县教育后勤服务中心",
        attr="一次性项目",
        start="2026/3/1",
        end="2026/12/31",
        money=[
            ("年度资金总额", money(1280, WAN), "其中：财政拨款", money(1200, WAN)),
            ("其他资金", money(80, WAN), None, None),
        ],
        goals=[
            "2026年完成12所中小学校舍屋面、门窗和水电线路维修改造，改造面积不少于2.6万平方米，"
            "工程验收合格率100%，消除校舍安全隐患。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "维修改造学校数", "≥12", "所", None),
            (None, None, "维修改造面积", "≥2.6", "万平方米", None),
            (None, None, "更换老化电线线路", "≥18", "公里", None),
            (None, "质量指标", "工程验收合格率", "=100%", None, "以县住建局竣工验收为准"),
            (None, None, "消防设施检测合格率", "=100%", None, None),
            (
                None,
                "时效指标",
                "维修改造完工时间",
                mk("2027年2月底前", "Y102", "error", note="一年期项目（2026/3/1—2026/12/31）"),
                None,
                "寒假期间集中施工",
            ),
            (None, None, "工程款支付及时率", "≥95%", None, None),
            (None, "成本指标", "屋面维修单价", "≤260", "元/平方米", "参照本县同类工程结算价"),
            (None, None, "项目总成本", "≤1280", "万元", None),
            ("效益指标", "社会效益指标", "校舍安全隐患整改率", "=100%", None, None),
            (None, None, "受益师生人数", "≥9600", "人", None),
            (None, "可持续影响指标", "校舍使用年限延长", "≥10", "年", None),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", None, "问卷调查"),
            (None, None, "家长满意度", "≥85%", None, None),
        ],
        merged=(1, 2),
    )
    s.row("填报单位（盖章）：松川县教育局", None, None, "填报日期：", "2025/11/25")
    return b


@variant(
    "ml04-serial-as-text",
    (9, 12),
    "project, NAT-2021, the start date left as a serial "
    "number in a text cell, money in 万元 by number format; the total does not add up",
)
def ml04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 14, 14))
    project_head(
        s,
        year=2026,
        name="青桐市公共图书馆数字资源建设项目",
        dept="青桐市文化广电旅游局",
        unit="青桐市图书馆",
        start=mk("46023", "X104", "warning", note="日期序列号存成文本"),
        end=C(46387, DATE),
        money=[
            (
                "年度资金总额",
                mk(money(245, WAN), "B101", "error", note="200 + 35 = 235"),
                "其中：财政拨款",
                money(200, WAN),
            ),
            ("其他资金", money(35, WAN), None, None),
        ],
        goals=[
            "2026年新增数字资源总量30TB，采购电子图书2万种，建成地方文献数据库1个，数字资源年访问量"
            "达到120万人次，读者满意度不低于90%。"
        ],
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "新增数字资源总量", "≥30TB"),
            (None, None, "采购电子图书", "≥2万种"),
            (None, None, "建成地方文献数据库", "1个"),
            (None, None, "古籍数字化扫描", "≥1.5万页"),
            (None, "质量指标", "数字资源验收合格率", "≥98%"),
            (None, None, "平台全年可用率", "≥99%"),
            (None, "时效指标", "电子图书采购完成时间", "2026年9月30日前"),
            ("成本指标", "经济成本指标", "电子图书平均采购单价", "≤45元/种"),
            (None, None, "古籍扫描单价", "≤12元/页"),
            ("效益指标", "社会效益指标", "数字资源年访问量", "≥120万人次"),
            (None, None, "线上借阅人次", "≥35万人次"),
            (None, "可持续影响指标", "数字资源长期保存机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：", "林晓", "联系电话：", "0579-8621 4470")
    return b


@variant(
    "ml05-department-dates",
    (9, 12),
    "department, NAT-2021, 填报日期 typed as text "
    "(2025年11月), key tasks with a 金额合计, deadlines as 2026年6月 text",
)
def ml05() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 16, 16))
    department_head(
        s,
        year=2026,
        dept="白沙河区文化和旅游局",
        filled="2025年11月",
        budget=[(money(2860.4), money(2710.4), money(150), money(1620.4), money(1240))],
        tasks=[
            ("公共文化服务提升", "街道文化站免费开放、群众文艺演出", money(520), "演出≥120场"),
            ("文物保护修缮", "区级文物保护单位修缮3处", money(430), "2026年10月底前完工"),
            ("文旅市场监管", "文旅市场执法检查与安全监管", money(290), "检查≥600家次"),
            ("金额合计", None, money(1240), None),
        ],
        goal="保障街道文化站免费开放，全年送演出120场以上，完成3处区级文物保护单位修缮，文旅市场"
        "执法检查600家次以上，无重大安全事故。",
    )
    s.row(*HEAD4, "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "群众文艺演出场次", "≥120场"),
            (None, None, "文物保护单位修缮", "3处"),
            (None, None, "文旅市场执法检查", "≥600家次"),
            (None, None, "街道文化站免费开放", "≥12个"),
            (None, "质量指标", "文物修缮工程验收合格率", "=100%"),
            (None, None, "执法案件办结率", "≥95%"),
            (None, "时效指标", "文物修缮完工时间", "2026年10月"),
            (None, None, "年度演出计划发布时间", "2026年3月"),
            ("成本指标", "经济成本指标", "单场演出补助标准", "≤1.5万元/场"),
            ("效益指标", "社会效益指标", "文化站年服务人次", "≥18万人次"),
            (None, None, "较大以上文旅安全事故", "0起"),
            (None, "可持续影响指标", "文物日常巡查制度", "有效执行"),
            ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%"),
            (None, None, "文旅经营单位满意度", "≥85%"),
        ],
        merged=(1, 2),
    )
    s.row("部门负责人：", "许文博", None, "填报人：", "郑晴")
    return b


@variant(
    "ml06-multi-year-serial",
    (8, 9),
    "three-year project 2026–2028, NAT-2021, 中期 and "
    "年度 value columns, serial dates under a Chinese date format",
)
def ml06() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 22, 22, 12))
    cn = 'yyyy"年"m"月"d"日"'
    project_head(
        s,
        year=2026,
        years=3,
        name="白沙河中游生态修复工程",
        dept="青岚市水利局",
        unit="青岚市河道管理处",
        attr="新增项目",
        start=C(46023, cn),
        end=C(47118, cn),
        money=[
            ("中期资金总额", money(1500, WAN), "年度资金总额", money(600, WAN)),
            ("其中：财政拨款", money(1350, WAN), "其中：财政拨款", money(540, WAN)),
            ("其他资金", money(150, WAN), "其他资金", money(60, WAN)),
        ],
        goals=[
            "2026—2028年完成白沙河中游12公里河道生态修复，建设生态护岸9公里、湿地120亩，"
            "河道断面水质稳定达到Ⅲ类。",
            "2026年完成一期4公里河道清淤和3公里生态护岸建设，新建湿地40亩。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "河道生态修复长度", "≥12", "≥4", "公里"),
            (None, None, "生态护岸建设长度", "≥9", "≥3", "公里"),
            (None, None, "新建湿地面积", "≥120", "≥40", "亩"),
            (None, None, "河道清淤量", "≥18", "≥6", "万立方米"),
            (None, "质量指标", "工程验收合格率", "=100%", "=100%", None),
            (None, None, "水生植物成活率", "≥90%", "≥90%", None),
            (None, "时效指标", "分期工程完工时间", "2028年10月底前", "2026年12月底前", None),
            ("成本指标", "经济成本指标", "生态护岸单位造价", "≤95", "≤95", "万元/公里"),
            (None, "生态环境成本指标", "施工期河道断流天数", "≤20", "≤10", "天"),
            ("效益指标", "生态效益指标", "断面水质达标率", "=100%", "≥90%", None),
            (None, None, "新增水生生物栖息地面积", "≥150", "≥50", "亩"),
            (None, "社会效益指标", "沿岸受益群众", "≥3.2", "≥1.1", "万人"),
            (None, "可持续影响指标", "河长制巡河管护机制", "长效运行", "建立", None),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "≥88%", None),
        ],
        merged=(1, 2),
    )
    s.row("项目负责人：", "顾长河", "联系电话：", "0571-8552 0917")
    return b
