"""Insect-protein feed trials: hj13–hj18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout676.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout676.registry import variant
from tests.variants.kit import Book, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "hj13-feed-trials-stacked",
    (2,),
    "two one-year trial projects stacked in one sheet, OLD-NAT, one value column, the "
    "same indicator names with different values in each project (correct)",
)
def hj13() -> Book:
    b, s = book("试验项目")
    project_head(
        s,
        year=2026,
        name="黄粉虫粉替代鱼粉肉鸡饲喂试验",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市饲料工作站",
        money=one_year(wan(36), wan(30), wan(6)),
        goals=[
            "开展肉鸡饲喂对比试验6批次（替代比例5%、10%、15%三个梯度），"
            "试验肉鸡3000只，形成试验报告1份。"
        ],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "饲喂试验批次", "≥6批次"),
            (None, None, "试验肉鸡数量", "≥3000只"),
            (None, "质量指标", "试验数据有效率", "≥95%"),
            (None, "时效指标", "试验报告提交时间", "12月15日前"),
            (None, "成本指标", "每批次试验费用", "≤4.5万元/批次"),
            ("效益指标", "经济效益指标", "试验组饲料成本降低率", "≥5%"),
            (None, "社会效益指标", "形成试验报告", "1份"),
            ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="黄粉虫粉蛋鸡饲喂试验",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市饲料工作站",
        money=one_year(wan(28), wan(28), wan(0)),
        goals=["开展蛋鸡饲喂对比试验5批次，试验蛋鸡2000只，评估产蛋率和蛋品质。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "饲喂试验批次", "≥5批次"),
            (None, None, "试验蛋鸡数量", "≥2000只"),
            (None, "质量指标", "试验数据有效率", "≥98%"),
            (None, "时效指标", "试验报告提交时间", "11月30日前"),
            (None, "成本指标", "每批次试验费用", "≤4万元/批次"),
            ("效益指标", "经济效益指标", "试验组产蛋率提高", "≥2百分点"),
            (None, "社会效益指标", "形成试验报告", "1份"),
            ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥92%"),
        ],
    )
    signature(s, "甘澈", "0738-4471582")
    return b


@variant(
    "hj14-insect-feed-pilot",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
    "rates and unit costs equal, a later year prepared for in the 中期目标 (correct)",
)
def hj14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="昆虫蛋白饲料中试与示范",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市饲料工作站",
        money=multi_year((wan(300), wan(250), wan(50)), (wan(110), wan(90), wan(20))),
        goals=[
            "三年完成黄粉虫蛋白饲料饲喂试验12批次，覆盖肉鸡、蛋鸡和罗非鱼3个品种，"
            "形成配方3个，示范养殖场15家，为2029年在全市推广积累数据。",
            "2026年完成饲喂试验4批次，形成肉鸡配方1个，示范养殖场5家。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "饲喂试验批次", "≥12批次", "≥4批次"),
            (None, None, "形成饲料配方", "≥3个", "≥1个"),
            (None, "质量指标", "试验饲料粗蛋白达标率", "≥98%", "≥98%"),
            (None, "时效指标", "试验报告提交时间", "2028年12月31日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "每批次试验费用", "≤20万元/批次", "≤20万元/批次"),
            ("效益指标", "经济效益指标", "试验组饲料成本降低率", "≥5%", "≥5%"),
            (None, "社会效益指标", "示范养殖场", "≥15家", "≥5家"),
            (None, "可持续影响指标", "配方技术成果转化", "≥2项", "≥1项"),
            ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "巫晏清", "0738-4483306")
    return b


def _hj15_money() -> Book:
    """hj15's first sheet: the budget-system export of the project's money."""
    b, s = book("部门项目支出预算05-1", (12, 18, 20, 26, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    name = "昆虫蛋白饲料肉鸡饲喂试验"
    s.row("108012", "澄麓市饲料工作站", "43012626Y0031", name, wan(18), wan(15), wan(3))
    return b


@variant(
    "hj15-feed-trial-export",
    (7, 9),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under codes with "
    "the header on row 3: last year's deadline, a batch cost × count above the money, one "
    "indicator twice",
)
def hj15() -> Book:
    b = _hj15_money()
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 14, 26, 22))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：澄麓市饲料工作站")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    code = ("108012", "43012626Y0031")
    t.table(
        [
            (*code, "产出指标", "数量指标", "肉鸡饲喂试验批次", "≥6批次"),
            (
                *code,
                None,
                None,
                mk(
                    "肉鸡饲喂试验批次数",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="与上一行“肉鸡饲喂试验批次”是同一指标",
                ),
                "≥6批次",
            ),
            (*code, None, None, "试验肉鸡数量", "≥3000只"),
            (*code, None, "质量指标", "试验数据有效率", "≥95%"),
            (
                *code,
                None,
                "时效指标",
                "试验报告提交时间",
                mk(
                    "2025年12月20日前",
                    "Y102",
                    "error",
                    alt=("Y101", "Y103"),
                    note="2026年度的表，期限却是上一年的日期",
                ),
            ),
            (
                *code,
                None,
                "成本指标",
                "每批次试验费用",
                mk(
                    "≤3.5万元/批次",
                    "B107",
                    "warning",
                    row=True,
                    note="3.5万元 × 6批次 = 21万元，超过项目资金18万元",
                ),
            ),
            (*code, "效益指标", "经济效益指标", "试验组料重比降低率", "≥3%"),
            (*code, None, "社会效益指标", "形成应用技术报告", "≥1份"),
            (*code, "满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%"),
        ],
        merged=(3, 4),
    )
    return b


@variant(
    "hj16-livestock-center",
    (12, 4),
    "department, NAT-2021: budget and key tasks adding up, the header repeated after a page "
    "break, a goal count with a part in brackets, 0起 on an outbreak count (correct)",
)
def hj16() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="苍柘县畜牧技术推广中心",
        budget=[(wan(512), wan(468), wan(44), wan(322), wan(190))],
        tasks=[
            ("昆虫蛋白饲料推广", "建设黄粉虫蛋白饲料示范场", wan(75), "示范场10家"),
            ("动物疫病监测", "采集检测监测样品", wan(60), "样品4000份"),
            ("饲草料技术服务", "开展养殖户技术培训", wan(55), "培训600人次"),
            ("金额合计", None, wan(190), None),
        ],
        goal="推广昆虫蛋白饲料示范场10家，完成动物疫病监测样品4000份（其中黄粉虫"
        "养殖场抽样200份），开展技术培训600人次。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "昆虫蛋白饲料示范场", "≥10家"),
            (None, None, "动物疫病监测样品", "≥4000份"),
            (None, None, "黄粉虫养殖场抽样", "≥200份"),
            (None, None, "技术培训", "≥600人次"),
            (None, "质量指标", "监测样品检测准确率", "≥98%"),
            (None, "时效指标", "监测结果报送及时率", "≥95%"),
            ("成本指标", "经济成本指标", "示范场补助标准", "≤5万元/家"),
        ],
    )
    indicators(
        s,
        head,
        [
            ("效益指标", "经济效益指标", "示范场饲料成本降低率", "≥3%"),
            (None, "社会效益指标", "重大动物疫情发生起数", "0起"),
            (None, "生态效益指标", "养殖废弃物资源化利用率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
        ],
    )
    signature(s, "卜星河", "0739-6673140", day(2025, 11, 24))
    return b


@variant(
    "hj17-tilapia-feed-headers",
    (7, 11),
    "project, NAT-2021, two-row header 考核指标 · 目标值（年度）(比较方式 in words · 数值 · 计量"
    "单位) · 评价标准, a 下降率 with 大于等于, 0次 on an incident count (correct)",
)
def hj17() -> Book:
    b, s = book(widths=(14, 16, 26, 12, 10, 10, 24))
    project_head(
        s,
        year=2026,
        name="黄粉虫粉替代鱼粉罗非鱼养殖试验",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市水产技术推广站",
        money=one_year(wan(30), wan(26), wan(4)),
        goals=["在12个网箱投放鱼苗6000尾，使用试验饲料9吨，评估替代效果并发布技术要点。"],
    )
    s.row("绩效指标", None, None, "目标值（年度）", None, None, "评价标准", merge=[(1, 3), (4, 6)])
    s.row("一级指标", "二级指标", "考核指标", "比较方式", "数值", "计量单位", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=7, end_row=s.r, end_column=7)
    rule = "完成得满分，未完成按比例扣分"
    s.table(
        [
            ("产出指标", "数量指标", "试验网箱", "大于等于", 12, "个", rule),
            (None, None, "试验鱼苗投放", "大于等于", 6000, "尾", rule),
            (None, "质量指标", "试验鱼成活率", "大于等于", 90, "%", rule),
            (None, "时效指标", "试验周期", "小于等于", 150, "天", rule),
            ("成本指标", "经济成本指标", "试验饲料采购单价", "小于等于", 7200, "元/吨", rule),
            ("效益指标", "经济效益指标", "饲料系数下降率", "大于等于", 5, "%", rule),
            (None, "生态效益指标", "养殖尾水超标排放", "等于", 0, "次", rule),
            (None, "社会效益指标", "发布替代技术要点", "等于", 1, "份", rule),
            ("满意度指标", "服务对象满意度指标", "合作渔场满意度", "大于等于", 90, "%", rule),
        ],
        merged=(1, 2),
    )
    signature(s, "蓝沐溪", "0738-4495213")
    return b


@variant(
    "hj18-pig-feed-trial-points",
    (5, 10),
    "project, NAT-2021, tier labels with points: a satisfaction rate under 社会效益, the "
    "goal's head count against the indicator",
)
def hj18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="黄粉虫粉生猪饲喂试验",
        dept="苍柘县农业农村局（217）",
        unit="苍柘县畜牧技术推广中心",
        money=one_year(wan(40), wan(35), wan(5)),
        goals=[
            "开展3个梯度（5%、10%、15%）替代比例的生猪饲喂对比试验，试验生猪600头，"
            "形成试验报告1份。"
        ],
    )
    indicators(
        s,
        HEAD,
        [
            (
                "产出指标（50分）",
                "数量指标",
                "试验生猪",
                mk("≥400头", "D104", "warning", row=True, note="年度目标写试验生猪600头"),
            ),
            (None, None, "替代比例梯度", "≥3个"),
            (None, "质量指标", "试验数据有效率", "≥95%"),
            (None, "时效指标", "试验报告提交时间", "12月15日前"),
            ("成本指标（10分）", "经济成本指标", "试验生猪饲养补助", "≤500元/头"),
            ("效益指标（30分）", "经济效益指标", "试验组料肉比降低率", "≥3%"),
            (
                None,
                "社会效益指标",
                mk(
                    "合作养殖场户满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="满意度填在社会效益指标下，应在服务对象满意度指标下",
                ),
                "≥90%",
            ),
            (None, "可持续影响指标", "形成试验报告", "1份"),
            ("满意度指标（10分）", "服务对象满意度指标", "参试技术人员满意度", "≥90%"),
        ],
    )
    notes(s, "注：一级指标分值合计100分。")
    signature(s, "戴若川", "0739-6689457")
    return b
