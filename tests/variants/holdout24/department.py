"""A bureau's department table (部门整体支出绩效目标表 of a 农业农村局, numbered tier labels),
衔接资金 projects stacked in one sheet, and a budget-system export pasted from a PDF."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout24.registry import variant
from tests.variants.kit import Book, C, mk, pct

AMT = "#,##0.00"


@variant("ih13-bureau-department-ok", (5, 12), "department table, numbered tier labels")
def bureau_department_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 22, 30, 16, 16, 16))
    department_head(
        s, year=2026, dept="芦塘县农业农村局",
        budget=[tuple(C(v, AMT) for v in (12486.32, 11986.32, 500, 2186.32, 10300))],
        tasks=[
            ("高标准农田建设", "新建高标准农田2.4万亩", C(6400, AMT), "建成高标准农田2.4万亩"),
            ("耕地地力保护补贴发放", "对16.5万亩耕地承包农户发放补贴", C(2376, AMT),
             "6月30日前足额兑付到户"),
            ("重大动物疫病防控", "强制免疫、监测和无害化处理", C(620, AMT),
             "不发生区域性重大动物疫情"),
            ("农村人居环境整治", "农村户厕改造1800户及村庄清洁", C(904, AMT),
             "农村卫生厕所普及率达到92%"),
            ("金额合计", "", C(10300, AMT), ""),
        ],
        goal="目标1：新建高标准农田2.4万亩，稳定粮食播种面积。\n目标2：足额发放耕地地力保护补贴，"
             "守住耕地红线。\n目标3：完成重大动物疫病强制免疫，应免畜禽免疫密度90%以上。\n"
             "目标4：改造农村户厕1800户，农村人居环境持续改善。",
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("一、产出指标", "1.数量指标", "新建高标准农田面积", "≥2.4万亩", "", None),
            (None, None, "耕地地力保护补贴面积", "≥16.5万亩", "", None),
            (None, None, "重大动物疫病强制免疫畜禽数量", "≥32万头", "", None),
            (None, None, "农村户厕改造", "≥1800户", "", None),
            (None, "2.质量指标", "高标准农田工程验收合格率", "100%", "", None),
            (None, None, "应免畜禽免疫密度", "≥90%", "", None),
            (None, "3.时效指标", "耕地地力保护补贴兑付完成时间", "2026年6月30日前", "", None),
            ("二、成本指标", "经济成本指标", "高标准农田亩均财政投入", "≤2700元/亩", "", None),
            (None, None, "户厕改造补助标准", "≤1500元/户", "", None),
            ("三、效益指标", "1.经济效益指标", "项目区粮食产能提升", "≥80公斤/亩", "", None),
            (None, "2.社会效益指标", "受益农户", "≥3.6万户", "", None),
            (None, None, "农村卫生厕所普及率", pct(0.92, "0.0%"), "", None),
            (None, "3.生态效益指标", "畜禽粪污资源化利用率", "85%以上", "", None),
            ("四、满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "", None),
        ],
        merged=(1, 2),
    )
    s.row("部门负责人：严国华", None, "填表人：潘丽", "联系电话：5216120", None, None)
    return b


@variant("ih14-bureau-department", (6, 12), "department table, template row left, no 满意度")
def bureau_department() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 22, 30, 16, 16, 16))
    total = mk(C(8650, AMT), "B101", "error", row=True, note="基本支出 1920 + 项目支出 6630 = 8550")
    department_head(
        s, year=2026, dept="鹿鸣县农业农村局",
        budget=[(total, *(C(v, AMT) for v in (8350, 300, 1920, 6630)))],
        tasks=[
            ("高标准农田建设", "新建高标准农田1.6万亩", C(4200, AMT), "建成高标准农田1.6万亩"),
            ("衔接推进乡村振兴", "支持联农带农产业项目", C(1530, AMT), "带动脱贫户增收"),
            ("动物防疫", "重大动物疫病强制免疫", C(900, AMT), "免疫密度90%以上"),
            ("金额合计", "", C(6630, AMT), ""),
        ],
        goal=mk("2024年完成高标准农田建设1.6万亩，支持联农带农产业项目15个，完成重大动物疫病"
                "强制免疫，应免畜禽免疫密度达到90%以上。", "Y103", "warning",
                alt=("Y101",)),
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("产出指标", "数量指标", "新建高标准农田面积", "≥1.6万亩", "", None),
            (None, None, "支持联农带农产业项目", "≥15个", "", None),
            (None, "质量指标", "应免畜禽免疫密度", "≥90%", "", None),
            (None, mk("时效指标", "F109", "warning", row=True), None, None, "", None),
            ("成本指标", "经济成本指标", "高标准农田亩均财政投入", "≤2625元/亩", "", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥1000元/户", "", None),
            (None, "社会效益指标", "受益农户", "≥2.2万户", "", None),
            (None, "可持续影响指标", "高标准农田工程管护责任落实率", "=100%", "", None),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标")
    s.row("填表人：任海涛    联系电话：3307215", None, None, None, None, None, merge=[(1, 6)])
    return b


@variant("ih15-link-projects-stacked-ok", (2,), "two 衔接资金 projects stacked in one sheet")
def link_projects_stacked_ok() -> Book:
    b = Book()
    s = b.sheet("衔接资金项目", (14, 16, 30, 16, 16, 18))
    project_head(
        s, year=2026, name="脱贫人口小额信贷贴息", dept="云溪县农业农村局",
        unit="云溪县乡村振兴服务中心", attr="常年项目",
        money=[("年度资金总额", C(380, AMT), "其中：财政拨款", C(380, AMT)),
               ("其他资金", C(0, AMT), None, None)],
        goals=["为2600户以上脱贫户和监测户发放小额信贷贴息，贷款逾期率控制在2%以内，带动贷款户"
               "发展产业增收。"],
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("产出指标", "数量指标", "享受贴息贷款户数", "≥2600户", "", None),
            (None, "质量指标", "贷款逾期率", "≤2%", "", None),
            (None, "时效指标", "贴息资金兑付时限", "季度结束后30日内", "", None),
            (None, "成本指标", "户均贴息额", "≤1450元/户", "", None),
            ("效益指标", "经济效益指标", "带动贷款户户均增收", "≥3000元/户", "", None),
            (None, "可持续影响指标", "小额信贷风险补偿机制", "健全", "", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2026, name="雨露计划职业教育补助", dept="云溪县农业农村局",
        unit="云溪县乡村振兴服务中心", attr="常年项目", title="",
        money=[("年度资金总额", C(186, AMT), "其中：财政拨款", C(186, AMT)),
               ("其他资金", C(0, AMT), None, None)],
        goals=["对1240名就读中高职的脱贫家庭（含监测户）子女按1500元/人标准发放补助，促进"
               "脱贫家庭新成长劳动力就业。"],
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("产出指标", "数量指标", "补助学生人数", "≥1240人", "", None),
            (None, "质量指标", "补助对象识别准确率", "100%", "", None),
            (None, "时效指标", "补助资金发放时间", "12月31日前", "", None),
            (None, "成本指标", "补助标准", "1500元/人", "按年度计", None),
            ("效益指标", "社会效益指标", "受助学生毕业就业率", "≥85%", "", None),
            (None, "可持续影响指标", "政策知晓率", "≥95%", "", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%", "", None),
        ],
        merged=(1, 2),
    )
    s.row("填报单位：云溪县农业农村局（盖章）        填报日期：2025年11月30日", merge=[(1, 6)])
    return b


@variant("ih16-road-export-pdf", (7, 9), "budget-system export, two sheets, PDF artefacts")
def road_export_pdf() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (30, 28, 18, 20))
    m.row("部门项目支出预算05-1")
    m.row("单位名称：黛山县农业农村局", None, "金额单位：万元")
    m.row("项目名称", "支出内容", "金额", "备注")
    top = m.r + 1
    m.row("产业路及机耕桥建设（衔接资金）", "产业路硬化", C(840, "0.0000"), "14公里")
    m.row(None, "机耕桥建设", C(245.3376, "0.0000"), "6座")
    m.row(None, "勘察设计及监理",
          mk("120万120万", "X106", "error", alt=("B108",)), "")  # fmt: skip
    m.row(None, "合计", mk("1205.337 6", "X105", "warning", alt=("X103",)), "")
    m.ws.merge_cells(start_row=top, start_column=1, end_row=m.r, end_column=1)
    b.file_mark("B102", "error", required=False, note="if the pasted-twice amount is misread")

    s = b.sheet("部门项目支出绩效目标05-2", (24, 30, 12, 14, 26, 14))
    s.row("部门项目支出绩效目标05-2")
    s.row("单位名称：黛山县农业农村局", None, None, None, "金额单位：万元")
    name = "产业路及机耕桥建设（衔接资金）"
    goal = "新建产业路14公里、机耕桥6座，改善脱贫村生产条件，带动沿线农户发展产业增收。"
    rows = [
        ("产出指标", "数量指标", "新建产业路里程", "≥14公里"),
        ("产出指标", "数量指标", "新建机耕桥", "≥6座"),
        ("产出指标", "质量指标", "工程验收合格率", "≥95%"),
        (
            "产出指标",
            "质量指标",
            "产业路建设计划完成率",
            mk("14公里", "T105", "error", note="a rate given as a length"),
        ),
        ("产出指标", "时效指标", "项目完工时间", "2026年11月30日前"),
        ("产出指标", "成本指标", "产业路建设成本", "≤60万元/公里"),
        ("效益指标", "经济效益指标", "带动沿线农户户均增收", "≥800元/户"),
        ("效益指标", "社会效益指标", "受益人口", "≥1.2万人"),
        ("效益指标", "可持续影响指标", "工程设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]
    s.table(
        [("项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值")]
        + [(name if i == 0 else None, goal if i == 0 else None, *r) for i, r in enumerate(rows)],
        merged=(1, 2),
    )
    # added by the lead after the blind measurement (the writer's own judgement: no budget
    # year stands anywhere in this export, and a careful reviewer would say so)
    b.file_mark("Y105", "warning")
    return b
