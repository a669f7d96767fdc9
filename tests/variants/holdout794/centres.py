"""Tourist information centres: department returns, points, a network over two years."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout794.common import YEAR, indicators, notes, sign, start, wan
from tests.variants.holdout794.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澜屿县文化和旅游局（417）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "kdx13-centre-department",
    (1, 4, 12),
    "department, NAT-2021, weight column: subtotal rows, the header repeated after a page "
    "break, a footnote explaining 金额合计, a goal's total with its parts in brackets (correct)",
)
def centre_department() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="澜屿县游客服务中心",
        budget=[(wan(380), wan(300), wan(80), wan(150), wan(230))],
        tasks=[
            ("咨询接待", "游客中心及3个分中心咨询服务", wan(120), "咨询服务≥12万人次"),
            ("线上平台", "旅游咨询小程序及热线运维", wan(70), "线上响应≤10分钟"),
            ("宣传资料", "多语种旅游地图、手册印制", wan(40), "发放≥8万份"),
            ("金额合计", "项目支出合计", wan(230), None),
        ],
        goal="全年提供旅游咨询服务不少于12万人次（线下8万人次、线上4万人次），游客满意度≥92%。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "旅游咨询服务人次", "≥12万人次", 15),
            (None, None, "线上咨询服务人次", "≥4万人次", 10),
            (None, "质量指标", "咨询解答准确率", "≥98%", 10),
            (None, "时效指标", "线上咨询响应时间", "≤10分钟", 10),
            ("小计", None, None, None, 45),
            ("成本指标", "经济成本指标", "人均咨询服务成本", "≤10元/人次", 10),
        ],
    )
    s.row(*HEAD)
    s.table(
        [
            ("效益指标", "社会效益指标", "游客投诉办结率", "≥98%", 10),
            (None, None, "旅游信息知晓率", "≥85%", 10),
            (None, "可持续影响指标", "咨询服务标准化制度", "建立并执行", 5),
            ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.92), 20),
            ("小计", None, None, None, 45),
            ("合计", None, None, None, 100),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        [
            "注：1.金额合计为项目支出合计，不含基本支出150万元。",
            "2.旅游咨询服务人次含线下、线上两部分；人均成本按咨询接待任务资金测算。",
        ],
    )
    sign(s, "裴映岚", "0743-6670452")
    return b


@variant(
    "kdx14-centre-department-wrong",
    (5, 12),
    "department, NAT-2021 with abbreviated tier labels: tasks not adding to 金额合计, a count "
    "the 年度总体目标 gives otherwise, a count under 质量",
)
def centre_department_wrong() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="鹤汀湖景区游客服务中心",
        budget=[(wan(260), wan(220), wan(40), wan(110), wan(150))],
        tasks=[
            ("咨询接待", "游客中心咨询接待及讲解", wan(80), "接待咨询游客≥12万人次"),
            ("信息发布", "票务、客流、天气信息发布", wan(45), "信息更新及时率≥98%"),
            ("应急救助", "游客求助、走失、急救处置", wan(30), "求助响应≤15分钟"),
            (
                "金额合计",
                None,
                mk(wan(150), "B102", "error", alt=("B101",), note="80+45+30=155"),
                None,
            ),
        ],
        goal="全年接待咨询游客12万人次，信息发布准确及时，游客求助15分钟内响应。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出", "数量", "接待咨询游客人次", mk("≥10万人次", "D104", "warning", note="12万")),
            (
                None,
                "质量",
                mk("游客服务中心开放天数", "F201", "warning", row=True, note="a count"),
                "≥360天",
            ),
            (None, None, "信息发布准确率", "≥99%"),
            (None, "时效", "游客求助响应时间", "≤15分钟"),
            ("成本", "经济成本", "人均咨询接待成本", "≤6.5元/人次"),
            ("效益", "社会效益", "游客求助事项办结率", "≥98%"),
            ("满意度", "服务对象满意度", "游客满意度", "≥90%"),
        ],
    )
    sign(s, "裴映岚", "0743-6670452")
    return b


@variant(
    "kdx15-centre-points",
    (5, 10),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "rates changed in 百分点 (correct)",
)
def centre_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="雁塘古镇旅游咨询服务中心运营项目",
        dept=DEPT,
        unit="雁塘古镇景区管理处",
        attr="常年项目",
        money=[("资金总额", wan(50), "其中：财政拨款", wan(45)), ("其他资金", wan(5), None, None)],
        goals=["全年提供旅游咨询服务6万人次，多语种咨询服务2000小时，游客投诉率降低2个百分点。"],
    )
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("产出指标", 40, "数量指标", "咨询服务人次", "≥6万人次", 10),
            (None, None, None, "多语种咨询服务时长", "≥2000小时", 10),
            (None, None, "质量指标", "咨询信息准确率", "≥98%", 10),
            (None, None, "时效指标", "投诉受理响应时间", "≤30分钟", 10),
            ("成本指标", 10, "经济成本指标", "人均咨询服务成本", "≤8元/人次", 10),
            ("效益指标", 30, "社会效益指标", "游客投诉率", "降低≥2百分点", 10),
            (None, None, None, "旅游信息知晓率", "提高≥5百分点", 10),
            (None, None, "可持续影响指标", "咨询志愿者服务机制", "建立并执行", 10),
            ("满意度指标", 20, "服务对象满意度指标", "游客满意度", pct(0.92), 20),
            ("合计", 100, None, None, None, 100),
        ],
        merged=(1, 2, 3),
    )
    sign(s, "顾临汐", "0743-6652271")
    return b


@variant(
    "kdx16-centre-network",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an annual "
    "count above the period's",
)
def centre_network() -> Book:
    b, s = start()
    goal = "建成覆盖枫垭镇主要景点的旅游咨询服务网络，新建咨询服务点6个，培训咨询服务人员60人。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="枫垭镇旅游咨询服务网络建设项目",
        dept=DEPT,
        unit="枫垭镇人民政府",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(160), "年度资金总额", wan(90)),
            ("其中：财政拨款", wan(140), "其中：财政拨款", wan(80)),
            ("其他资金", wan(20), "其他资金", wan(10)),
        ],
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "新建旅游咨询服务点数量",
                "≥6个",
                mk("≥8个", "D201", "error", alt=("D104",), note="8 > 6"),
            ),
            (None, None, "培训咨询服务人员数量", "≥60人", "≥30人"),
            (None, "质量指标", "服务点建设验收合格率", "=100%", "=100%"),
            (None, "时效指标", "建设完成时间", "2026年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "单个服务点建设成本", "≤10万元/个", "≤10万元/个"),
            ("效益指标", "社会效益指标", "主要景点咨询服务覆盖率", "≥90%", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "沈濯缨", "0743-6640318")
    return b


@variant(
    "kdx17-centre-stacked",
    (2, 11),
    "two projects stacked, OLD-NAT, operators in words inside the values, the same satisfaction "
    "indicator with different values in each project (correct)",
)
def centre_stacked() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=YEAR,
        name="澜屿县游客服务中心智慧导览升级项目",
        dept=DEPT,
        unit="澜屿县游客服务中心",
        attr="一次性项目",
        money=[("资金总额", wan(75), "其中：财政拨款", wan(60)), ("其他资金", wan(15), None, None)],
        goals=["升级智慧导览系统1套，接入景区语音讲解点120个（其中双语讲解点80个）。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "接入语音讲解点数量", "不少于120个"),
            (None, None, "其中双语讲解点数量", "不少于80个"),
            (None, "质量指标", "系统运行稳定率", "不低于99%"),
            (None, "时效指标", "系统升级完成时间", "2025年8月31日前"),
            (None, "成本指标", "单个讲解点接入成本", "不超过0.5万元/个"),
            ("效益指标", "社会效益指标", "智慧导览使用人次", "不少于20万人次"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "不低于90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="翠岙风景区游客咨询点运营补助项目",
        dept=DEPT,
        unit="澜屿县翠岙风景区管理处",
        attr="常年项目",
        money=[("资金总额", wan(36), "其中：财政拨款", wan(36)), ("其他资金", wan(0), None, None)],
        goals=["补助翠岙风景区游客咨询点3个全年运营，每个咨询点全年开放不少于300天。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "补助游客咨询点数量", "3个"),
            (None, None, "咨询点开放天数", "不少于300天"),
            (None, "质量指标", "咨询信息准确率", "不低于95%"),
            (None, "时效指标", "游客求助响应时间", "30分钟内"),
            (None, "成本指标", "单个咨询点年运营补助", "不超过12万元/个"),
            ("效益指标", "社会效益指标", "游客求助事项办结率", "不低于95%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "不低于85%"),
        ],
    )
    sign(s, "裴映岚", "0743-6670452")
    return b


@variant(
    "kdx18-centre-hotline-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: the template's example row left in, a tier-2 left "
    "without an indicator, a count the goal gives otherwise",
)
def centre_hotline_template() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="澜屿县旅游咨询服务热线项目",
        dept=DEPT,
        unit="澜屿县游客服务中心",
        attr="延续项目",
        money=[("资金总额", wan(42), "其中：财政拨款", wan(42)), ("其他资金", wan(0), None, None)],
        goals=["全年受理旅游咨询热线来电5万件，来电接通率≥95%，投诉类来电24小时内转办。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            (
                "产出指标",
                "数量指标",
                "受理热线来电数量",
                mk("≥4万件", "D104", "warning", note="5万件"),
            ),
            (None, None, "示例：XX服务人次", mk("≥XX人次", "X101", "error", row=True)),
            (None, "质量指标", "热线来电接通率", "≥95%"),
            (None, "时效指标", "投诉类来电转办时限", "≤24小时"),
            ("成本指标", "经济成本指标", "单件来电受理成本", "≤8元/件"),
            ("效益指标", "社会效益指标", "游客咨询问题一次解答率", "≥90%"),
            (None, mk("生态效益指标", "F109", "warning", row=True), None, None),
            (None, "可持续影响指标", "热线知识库更新机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "来电游客满意度", "≥90%"),
        ],
    )
    sign(s, "裴映岚", "0743-6670452")
    return b
