"""County project returns: one 农业农村 or 衔接 project a sheet; a table from column B with a
spacer and a hidden template column, a WPS return with a wrong parent, and last year's table
copied with only some years changed (and a recurring project that mentions past years)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout14.common import NUM, hide, signature, title
from tests.variants.holdout14.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, ok

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "z05-lanxi-farmland-ok",
    (4, 7, 12),
    "county project from column B, vertical money block (中央/省/市/县), a spacer column, "
    "指标方向/比较符/指标值/计量单位 columns, a hidden 指标编码 column, NAT-2021",
)
def z05() -> Book:
    book = Book()
    s = book.sheet("绩效目标表", (3, 14, 16, 28, 2, 10, 8, 12, 10, 12))
    title(s, "2025年度项目支出绩效目标表", 2, 9)
    for a, b, c, d in [
        ("项目名称", "岚溪县2025年高标准农田建设项目", "项目编码", "51172325000012"),
        ("主管部门", "岚溪县农业农村局", "实施单位", "岚溪县农田建设服务中心"),
        ("项目属性", "新增项目", "项目期", "1年"),
        ("计划开始日期", day(2025, 3, 1), "计划完成日期", day(2025, 12, 31)),
    ]:
        s.row(a, b, None, None, c, d, None, None, col=2, merge=[(3, 5), (7, 9)])
    top = s.r + 1
    for label, v in [
        ("年度资金总额", 2400),
        ("其中：中央财政资金", 1500),
        ("省级财政资金", 540),
        ("市级财政资金", 120),
        ("县级财政资金", 240),
        ("其他资金", 0),
    ]:
        s.row(
            "项目资金（万元）" if s.r + 1 == top else None,
            label,
            None,
            None,
            C(v, NUM),
            col=2,
            merge=[(3, 5)],
        )
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.row(
        "年度绩效目标",
        "新建高标准农田8000亩，其中高效节水灌溉1200亩；项目区亩均增产粮食50公斤"
        "以上，受益农户2100户（其中脱贫户186户）。",
        col=2,
        merge=[(3, 10)],
    )
    s.row(
        "一级指标",
        "二级指标",
        "三级指标",
        None,
        "指标方向",
        "比较符",
        "指标值",
        "计量单位",
        "指标编码",
        col=2,
    )
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", None, "正向", "≥", 8000, "亩", "GB-01"),
            (None, None, "高效节水灌溉面积", None, "正向", "≥", 1200, "亩", "GB-02"),
            (None, "质量指标", "工程质量验收合格率", None, "正向", "=", 100, "%", "GB-03"),
            (None, None, "耕地质量等级提升", None, "正向", "≥", 0.5, "个等级", "GB-04"),
            (
                None,
                "时效指标",
                "项目完成时限",
                None,
                "反向",
                "≤",
                day(2025, 11, 30, CN_DATE),
                None,
                "GB-05",
            ),
            ("成本指标", "经济成本指标", "亩均建设成本", None, "反向", "≤", 3000, "元/亩", "GB-06"),
            (
                "效益指标",
                "经济效益指标",
                "项目区亩均粮食增产",
                None,
                "正向",
                "≥",
                50,
                "公斤",
                "GB-07",
            ),
            (None, "社会效益指标", "受益农户", None, "正向", "≥", 2100, "户", "GB-08"),
            (None, None, "其中：受益脱贫户", None, "正向", "≥", 186, "户", "GB-09"),
            (None, "生态效益指标", "灌溉水有效利用系数", None, "正向", "≥", 0.6, None, "GB-10"),
            (None, "可持续影响指标", "工程设计使用年限", None, "正向", "≥", 15, "年", "GB-11"),
            (None, None, "建后管护责任落实率", None, "正向", "=", 100, "%", "GB-12"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "项目区农户满意度",
                None,
                "正向",
                "≥",
                90,
                "%",
                "GB-13",
            ),
        ],
        merged=(1, 2),
        col=2,
    )
    hide(s, "J")
    s.skip()
    s.row(
        "单位负责人：周卫东",
        None,
        "财务负责人：蒋丽",
        None,
        "填表人：唐晓峰",
        None,
        "填报日期：",
        day(2024, 11, 26),
        col=2,
    )
    return book


@variant(
    "z06-zhechuan-mushroom-defects",
    (5, 12),
    "county 衔接 industry project, OLD-NAT, WPS: 经济效益指标 inside the 产出 block, a "
    "coverage rate of 110%, a satisfaction >=95 without %",
)
def z06() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="柘川县香菇产业园扩建项目",
        dept="柘川县农业农村局",
        unit="柘川县石门镇人民政府",
        attr="新增项目",
        money=[
            ("年度资金总额", C(300, NUM), "其中：中央衔接资金", C(200, NUM)),
            ("省级衔接资金", C(40, NUM), "县级衔接资金", C(20, NUM)),
            ("自筹资金", C(40, NUM), None, None),
        ],
        goals=[
            "新建香菇出菇大棚40个，年产菌棒60万棒，带动脱贫户（含监测户）80户，"
            "通过务工、分红户均增收2000元以上。"
        ],
    )
    s.row(*HEAD, None)
    s.table(
        [
            ("产出指标", "数量指标", "新建香菇出菇大棚", "≥40个", None),
            (None, None, "年生产香菇菌棒", "≥60万棒", None),
            (None, "质量指标", "大棚建设验收合格率", "100%", None),
            (None, "时效指标", "大棚建成投产时间", "2025年8月底前", None),
            (None, "成本指标", "单个大棚建设成本", "≤5万元/个", None),
            (
                None,
                mk("经济效益指标", "F105", "error", row=True, note="an effect tier-2 under 产出"),
                "产业园年产值",
                "≥600万元",
                None,
            ),
            ("效益指标", "社会效益指标", "带动脱贫户（含监测户）", "≥80户", None),
            (None, None, "带动脱贫户户均增收", "≥2000元", "务工+分红"),
            (None, None, "脱贫户技术培训覆盖率", mk("≥110%", "T106", "error"), None),
            (None, "可持续影响指标", "联农带农利益联结机制", "建立并长期运行", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "带动脱贫户满意度",
                mk(">=95", "T105", "warning", alt=("T116",), note="the % left out"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    s.row("注：本表金额单位为万元。")
    return book


@variant(
    "z07-shaxi-copied-last-year",
    (4,),
    "township project copied from last year's table: title and start date changed to 2025, "
    "the end date, the 年度目标 text and a 时效 value still say 2024",
)
def z07() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="沙溪镇脱贫户生猪养殖到户补助",
        dept="梧冈县农业农村局",
        unit="沙溪镇人民政府",
        attr="延续项目",
        start=day(2025, 1, 1),
        end=mk(
            day(2024, 12, 31),
            "Y104",
            "error",
            alt=("Y102", "Y101"),
            note="end date left at last year's",
        ),
        money=[
            ("年度资金总额", C(64, NUM), "其中：中央衔接资金", C(50, NUM)),
            ("县级衔接资金", C(14, NUM), "其他资金", C(0, NUM)),
        ],
        goals=[
            mk(
                "2024年对发展生猪养殖的320户脱贫户（含监测户）按每头200元标准给予补助，"
                "补助出栏生猪3200头，户均增收2000元以上。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="last year's goal text",
            )
        ],
    )
    s.row(*HEAD, None)
    s.table(
        [
            ("产出", "数量", "补助脱贫户（含监测户）", "≥320户", None),
            (None, None, "补助出栏生猪", "≥3200头", None),
            (None, "质量", "补助对象认定准确率", "100%", None),
            (
                None,
                "时效",
                "补助资金兑付时间",
                mk("2024年12月20日前", "Y102", "error", alt=("Y103", "Y101")),
                None,
            ),
            (None, "成本", "每头生猪补助标准", "≤200元/头", None),
            ("效益", "经济效益", "养殖户户均增收", "≥2000元", None),
            (None, "社会效益", "带动脱贫人口", "≥1000人", None),
            (None, "可持续影响", "生猪养殖产业", "持续巩固", None),
            ("满意度", "服务对象满意度", "补助对象满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("填报人：黄秋菊", None, "联系电话：13778092156", None, "填报日期：2025年2月")
    return book


@variant(
    "z08-shaxi-workshop-past-years-ok",
    (4, 12),
    "township project, two-line indicator header, money with 万元 in the number format and a "
    "上年预算/执行 line, the 年度目标 recalls what 2023—2024 built (not a copied year)",
)
def z08() -> Book:
    book = Book()
    s = book.sheet("帮扶车间")
    title(s, "沙溪镇2025年就业帮扶车间建设项目绩效目标表", 1, 6)
    s.row(
        "项目名称",
        "沙溪镇新桥村就业帮扶车间建设",
        None,
        "项目库编号",
        "WG2025-SX-06",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "主管部门",
        "梧冈县乡村振兴服务中心",
        None,
        "实施单位",
        "沙溪镇人民政府",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "项目起止时间", day(2025, 3, 1), None, "至", day(2025, 11, 30), None, merge=[(2, 3), (5, 6)]
    )
    s.row(
        "资金（万元）", "年度资金总额", "中央衔接资金", "市级衔接资金", "县级衔接资金", "其他资金"
    )
    s.row(None, C(95, WAN), C(70, WAN), C(10, WAN), C(15, WAN), C(0, WAN))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("上年预算", C(80, WAN), "上年执行数", C(78.6, WAN), "执行率", C(0.9825, "0.00%"))
    s.row(
        "年度绩效目标",
        ok(
            "在2023—2024年已建成帮扶车间3个的基础上，2025年在新桥村新建帮扶车间1个"
            "（1500平方米），吸纳脱贫劳动力（含监测对象）50人以上就近就业。",
            note="past years named as the base, not a copied year",
        ),
        merge=[(2, 6)],
    )
    top = s.row("绩效指标", None, None, "指标值", "备注", None, merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top + 1, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=top + 1, end_column=6)
    s.table(
        [
            ("产出", "数量", "新建帮扶车间", "1个", None),
            (None, None, "车间建筑面积", "≥1500平方米", None),
            (None, "质量", "工程竣工验收合格率", "100%", None),
            (None, "时效", "车间投入使用时间", "2025年10月底前", None),
            (None, "成本", "车间建设单价", "≤620元/平方米", "含水电配套"),
            ("效益", "经济效益", "务工脱贫劳动力月均工资", "≥2500元", None),
            (None, None, "村集体年租金收入", "≥5万元", None),
            (None, "社会效益", "吸纳脱贫劳动力（含监测对象）就业", "不少于50人", None),
            (None, "可持续影响", "车间运营管理制度", "健全", None),
            ("满意度", "服务对象满意度", "务工脱贫人口满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, 1, who="李红霞", checker="莫文斌", phone="0839-6231147", filled=day(2025, 2, 24))
    return book
