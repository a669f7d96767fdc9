"""Returns whose layout passed through conversions: a column hidden by its sender, a print
title row repeated mid-sheet, a WPS-saved workbook with tiers filled down every row, two
projects stacked with text dates."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout132.registry import variant
from tests.variants.kit import DATE, WAN, Book, C, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DUP = ("D101", "D103", "D104")


@variant(
    "ml13-hidden-column",
    (7, 9),
    "project, NAT-2021, a hidden column of last year's "
    "results between the name and the 2026 value, a unit column",
)
def ml13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 14, 16, 12))
    project_head(
        s,
        year=2026,
        name="青岚市城区公共自行车系统运营项目",
        dept="青岚市城市管理局",
        unit="青岚市公共自行车服务有限公司",
        attr="常年项目",
        money=[
            ("年度资金总额", money(690, WAN), "其中：财政拨款", money(610, WAN)),
            ("其他资金", money(80, WAN), None, None),
        ],
        goals=[
            "2026年保障城区公共自行车5200辆、站点210个正常运营，年骑行量不少于680万人次，车辆"
            "完好率95%以上，市民满意度90%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "2025年完成值", "2026年指标值", "计量单位")
    s.ws.column_dimensions["D"].hidden = True
    s.table(
        [
            ("成本指标", "经济成本指标", "单车年均运营维护成本", 1080, "≤1100", "元/辆"),
            (None, None, "站点年均电费", 1150, "≤1200", "元/个"),
            ("产出指标", "数量指标", "运营公共自行车", 5000, "≥5200", "辆"),
            (None, None, "运营服务站点", 204, "≥210", "个"),
            (None, None, "年骑行量", 655, "≥680", "万人次"),
            (None, "质量指标", "车辆完好率", pct(0.94), "≥95%", None),
            (None, None, "站点设备在线率", pct(0.97), "≥98%", None),
            (None, "时效指标", "故障车辆回收处置时间", 48, "≤24", "小时"),
            (None, None, "客服热线接通时限", 60, "≤30", "秒"),
            ("效益指标", "社会效益指标", "日均单车周转次数", 3.4, "≥3.5", "次"),
            (None, "生态效益指标", "减少机动车出行碳排放", 1.5, "≥1.6", "万吨"),
            (None, "可持续影响指标", "运营企业考核机制", "建立", "有效执行", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", pct(0.89), "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("填报人：", "蒋宁", None, "填报日期：", day(2025, 11, 19))
    return b


def _repeat_head(s, title: str) -> None:  # type: ignore[no-untyped-def]
    """The print title rows as pasted after a page break: a title and the header row."""
    s.title(title, 6)
    s.row(*HEAD, "计量单位", "备注")


@variant(
    "ml14-title-repeated",
    (4,),
    "project, OLD-NAT, the print title and header rows "
    "repeated after a page break, the tier-1 retyped after the break",
)
def ml14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 14, 12, 24))
    title = "2026年度项目支出绩效目标申报表"
    project_head(
        s,
        year=2026,
        title=title,
        name="白沙河区生活垃圾分类收运处置项目",
        dept="青岚市白沙河区城市管理局",
        unit="白沙河区环境卫生管理所",
        attr="常年项目",
        money=[
            ("年度资金总额", money(1860, WAN), "其中：财政拨款", money(1860, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "2026年生活垃圾分类覆盖全区180个小区，日均收运处置生活垃圾420吨，厨余垃圾分出率"
            "达到25%以上，生活垃圾无害化处理率100%。"
        ],
    )
    s.row(*HEAD, "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "分类覆盖小区数", "≥180", "个", None),
            (None, None, "日均收运生活垃圾", "≥420", "吨", None),
            (None, None, "配置分类收运车辆", "≥36", "辆", "其中厨余垃圾车12辆"),
            (None, None, "更新分类投放亭", "≥150", "个", None),
            (None, None, "开展分类宣传活动", "≥60", "场", None),
            (None, "质量指标", "生活垃圾无害化处理率", "=100%", None, None),
            (None, None, "厨余垃圾分出率", "≥25%", None, "以称重计量数据为准"),
        ],
        merged=(1, 2),
    )
    _repeat_head(s, title)
    s.table(
        [
            ("产出指标", "质量指标", "分类投放点位达标率", "≥90%", None, None),
            (None, "时效指标", "垃圾日产日清率", "=100%", None, None),
            (None, None, "投诉处置时限", "≤24", "小时", None),
            (None, "成本指标", "垃圾收运处置单价", "≤115", "元/吨", "含转运和焚烧处置"),
            ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥38%", None, None),
            (None, "社会效益指标", "居民分类知晓率", "≥95%", None, None),
            (None, "可持续影响指标", "分类督导员队伍", "长期保持", None, None),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", None, "第三方抽样调查"),
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：", "袁海", None, "填报人：", "梁思")
    return b


@variant(
    "ml15-title-repeated-dup",
    (4,),
    "department, NAT-2021, header row repeated after a page "
    "break; one indicator repeated after the break with another value",
)
def ml15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    department_head(
        s,
        year=2026,
        dept="松川县卫生健康局",
        budget=[(money(4620), money(4380), money(240), money(3150), money(1470))],
        tasks=[
            ("基本公共卫生服务", "居民健康档案、慢病管理、老年人体检", money(860), "规范管理"),
            ("乡镇卫生院设备更新", "为9家卫生院更新DR、彩超等设备", money(450), "9家"),
            ("卫生应急能力建设", "应急物资储备和应急演练", money(160), "演练≥6次"),
            ("金额合计", None, money(1470), None),
        ],
        goal="2026年规范开展基本公共卫生服务，为9家乡镇卫生院更新诊疗设备，提升卫生应急处置"
        "能力，居民健康素养水平和群众就医满意度稳步提高。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "更新设备的乡镇卫生院", "9家"),
            (None, None, "65岁以上老年人健康体检", "≥2.4万人"),
            (
                None,
                None,
                mk("卫生应急演练", "D102", "error", row=True, required=False, alt=DUP),
                "≥6次",
            ),
            (None, None, "应急物资储备品种", "≥40种"),
            (None, "质量指标", "居民电子健康档案建档率", "≥90%"),
            (None, None, "设备验收合格率", "=100%"),
            (None, "时效指标", "设备采购安装完成时间", "2026年9月底前"),
            ("成本指标", "经济成本指标", "老年人体检人均费用", "≤120元/人"),
        ],
        merged=(1, 2),
    )
    s.row(*HEAD)
    s.table(
        [
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%"),
            (None, None, "高血压患者规范管理率", "≥65%"),
            (None, None, "突发公共卫生事件及时报告率", "=100%"),
            (
                "产出指标",
                "数量指标",
                mk("卫生应急演练", "D102", "error", row=True, alt=DUP),
                "≥4次",
            ),
            ("效益指标", "可持续影响指标", "基层首诊制度", "持续推进"),
            ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%"),
            (None, None, "医务人员满意度", "≥85%"),
        ],
        merged=(1, 2),
    )
    s.row("部门负责人：", "唐立", None, "填报人：", "许蔓")
    return b


@variant(
    "ml16-wps-filled-down",
    (5, 10),
    "project, NAT-2021, a WPS-saved workbook: tiers filled "
    "down every row instead of merged, 比较符, 指标值, 计量单位 and 权重 columns",
)
def ml16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 16, 28, 8, 12, 12, 8))
    project_head(
        s,
        year=2026,
        name="临溪县农村饮水安全工程运行维护项目",
        dept="临溪县水利局",
        unit="临溪县农村供水管理站",
        attr="常年项目",
        start=C(46023, DATE),
        end=C(46387, DATE),
        money=[
            ("年度资金总额", money(375, WAN), "其中：财政拨款", money(330, WAN)),
            ("其他资金", money(45, WAN), None, None),
        ],
        goals=[
            "2026年维修养护农村集中供水工程46处，更换老旧管网32公里，农村自来水普及率达到98%以上，"
            "供水水质达标率95%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重")
    rows = [
        ("成本指标", "经济成本指标", "管网更换每公里成本", "≤", 6.5, "万元/公里", 10),
        ("成本指标", "经济成本指标", "单处工程年均维护费用", "≤", 3, "万元/处", 10),
        ("产出指标", "数量指标", "维修养护集中供水工程", "≥", 46, "处", 10),
        ("产出指标", "数量指标", "更换老旧供水管网", "≥", 32, "公里", 10),
        ("产出指标", "数量指标", "水质检测", "≥", 184, "次", 5),
        ("产出指标", "质量指标", "供水水质达标率", "≥", pct(0.95), "%", 5),
        ("产出指标", "质量指标", "维修工程验收合格率", "=", pct(1), "%", 5),
        ("产出指标", "时效指标", "供水故障修复时间", "≤", 24, "小时", 5),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥", pct(0.98), "%", 10),
        ("效益指标", "社会效益指标", "受益农村人口", "≥", 8.6, "万人", 10),
        ("效益指标", "可持续影响指标", "工程运行管护制度", "定性", "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%", 10),
    ]
    s.table(rows)
    s.row(None, None, "合计", None, None, None, 100)
    s.row("填报人：", "邵明", None, "联系电话：", "0571-8630 1189")
    return b


@variant(
    "ml17-wps-filled-down-wrong",
    (5, 10),
    "project, OLD-NAT, tiers filled down every row, "
    "比较符 / 指标值 / 计量单位 / 分值 columns; points add to 95, one unit conflict",
)
def ml17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 28, 8, 14, 12, 8))
    project_head(
        s,
        year=2026,
        name="青桐市困难残疾人康复服务补助项目",
        dept="青桐市残疾人联合会",
        unit="青桐市残疾人康复中心",
        attr="延续项目",
        money=[
            ("年度资金总额", money(296, WAN), "其中：财政拨款", money(296, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "2026年为困难残疾人提供基本康复服务2400人，辅助器具适配800人次，残疾儿童康复救助"
            "320人，康复服务对象满意度90%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table(
        [
            ("产出指标", "数量指标", "基本康复服务人数", "≥", 2400, "人", 10),
            ("产出指标", "数量指标", "辅助器具适配", "≥", mk("800人次", "T112", "error"), "户", 10),
            ("产出指标", "数量指标", "残疾儿童康复救助", "≥", 320, "人", 10),
            ("产出指标", "质量指标", "康复服务规范率", "≥", pct(0.95), "%", 5),
            ("产出指标", "质量指标", "辅具适配合格率", "≥", pct(0.98), "%", 5),
            ("产出指标", "时效指标", "康复补助发放及时率", "≥", pct(0.95), "%", 5),
            ("产出指标", "成本指标", "残疾儿童人均康复救助标准", "≤", 0.6, "万元/人", 5),
            ("效益指标", "社会效益指标", "残疾人康复服务覆盖率", "≥", pct(0.85), "%", 10),
            ("效益指标", "社会效益指标", "康复对象功能改善率", "≥", pct(0.7), "%", 10),
            ("效益指标", "可持续影响指标", "定点康复机构管理", "定性", "规范", None, 10),
            ("满意度指标", "服务对象满意度指标", "康复服务对象满意度", "≥", pct(0.9), "%", 10),
            ("满意度指标", "服务对象满意度指标", "残疾人家属满意度", "≥", pct(0.85), "%", 5),
        ]
    )
    s.row(None, None, "合计", None, None, None, 95)
    b.file_mark("W101", "error", note="分值合计95，应为100（或90）")
    s.row("填报人：", "钱蓓", None, "填报日期：", day(2025, 11, 24))
    return b


@variant(
    "ml18-stacked-converted",
    (2, 9),
    "two one-year projects stacked in one sheet, OLD-NAT, "
    "plan dates as text (2026年1月 / 2026年12月), the same satisfaction name in both",
)
def ml18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 18, 14, 14))
    project_head(
        s,
        year=2026,
        name="松川县全民健身设施补短板项目",
        dept="松川县文化广电体育局",
        unit="松川县体育事业发展中心",
        attr="一次性项目",
        start="2026年1月",
        end="2026年12月",
        money=[
            ("年度资金总额", money(320), "其中：财政拨款", money(300)),
            ("其他资金", money(20), None, None),
        ],
        goals=["2026年新建和改造村级健身广场24个、多功能运动场6片，设施验收合格率100%。"],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新建改造村级健身广场", "≥24个"),
            (None, None, "新建多功能运动场", "≥6片"),
            (None, "质量指标", "健身设施验收合格率", "=100%"),
            (None, "时效指标", "设施建成投用时间", "2026年10月底前"),
            (None, "成本指标", "健身广场平均造价", "≤8万元/个"),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥40%"),
            (None, "可持续影响指标", "设施管护责任落实率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="松川县青少年体育培训项目",
        dept="松川县文化广电体育局",
        unit="松川县业余体校",
        attr="延续项目",
        start="2026年1月",
        end="2026年12月",
        money=[
            ("年度资金总额", money(86), "其中：财政拨款", money(86)),
            ("其他资金", money(0), None, None),
        ],
        goals=["2026年开展青少年体育培训1500人次，举办县级青少年比赛10项次，学员满意度90%以上。"],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "青少年体育培训", "≥1500人次"),
            (None, None, "举办县级青少年比赛", "≥10项次"),
            (None, None, "培训教练员", "≥40人"),
            (None, "质量指标", "学员体质测试达标率", "≥92%"),
            (None, "时效指标", "暑期集训完成时间", "2026年8月底前"),
            (None, "成本指标", "人均培训补助", "≤450元/人次"),
            ("效益指标", "社会效益指标", "输送市级以上运动队人数", "≥8人"),
            (None, "可持续影响指标", "青少年体育后备人才梯队", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
            (None, None, "学员家长满意度", "≥88%"),
        ],
        merged=(1, 2),
    )
    s.row("填报单位：松川县文化广电体育局", None, None, "填报日期：", "2025年11月")
    return b
