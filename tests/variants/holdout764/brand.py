"""'One village one product' (一村一品) brand programme returns: kct07–kct12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout764.common import (
    BUREAU,
    DEPT,
    first,
    indicators,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout764.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kct07-brand-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 0起 incident count, weights add to 100 (correct)")  # fmt: skip
def kct07() -> Book:
    b, s = first()
    department_head(s, year=2026, dept=BUREAU, budget=[
        (wan(820), wan(780), wan(40), wan(320), wan(500)),
    ], tasks=[
        ("一村一品品牌培育", "培育示范村，统一区域公用品牌包装和认证", wan(260), "培育示范村10个"),
        ("乡村公益性岗位", "农村公路管护岗位补贴和保险", wan(180), "开发岗位150个"),
        ("合作社冷链设施", "补助合作社冷库和冷藏车", wan(60), "冷库验收合格"),
        ("金额合计", None, wan(500), None),
    ], goal="目标1：培育一村一品示范村10个，授权40家经营主体使用区域公用品牌；"
            "目标2：开发乡村公益性岗位150个，岗位补贴按月足额发放。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("一村一品示范村培育数量", 15, "个", "≥", 10),
        ("区域公用品牌授权使用主体", 10, "家", "≥", 40),
        ("乡村公益性岗位开发数量", 15, "个", "≥", 150),
        ("岗位补贴按月足额发放比例", 10, "%", "=", pct(1)),
        ("冷链设施验收合格率", 10, "%", "≥", pct(0.95)),
        ("品牌农产品销售额增长率", 15, "%", "≥", pct(0.08)),
        ("岗位人员安全责任事故", 10, "起", "≤", 0),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "黄启明", "0736-5823390", day(2025, 11, 20))
    return b


@variant("kct08-brand-tier-points", (5, 10),
         "project, NAT-2021, labels numbered with points (一、产出指标（40分）, （一）数量指标, "
         "1.) and a points column: a satisfaction rate under 社会效益, a count under 质量, "
         "a tier's points not matching its indicators")  # fmt: skip
def kct08() -> Book:
    b, s = first()
    project_head(s, year=2025, name="一村一品示范村品牌培育", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", money=one_year(150, 150, 0),
                 goals=["2025年培育一村一品示范村6个，建设品牌产品展销点4个，带动1200户"
                        "农户增收。"])  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="indicator points 95 against the declared 100: the W103 problem",
    )
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.培育一村一品示范村", "≥6个", 10),
        (None, None, "2.建设品牌产品展销点", "≥4个", 5),
        (None, "（二）质量指标", "3.品牌产品抽检合格率", "≥98%", 10),
        (None, None, "4.新增绿色食品认证产品",
         mk("≥5个", "F201", "warning", row=True, note="a count under 质量"), 5),
        (None, "（三）时效指标", "5.品牌创建任务完成时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.示范村品牌培育补助标准",
         "≤20万元/村", 10),
        (None, None, "7.品牌宣传推广费用", "≤30万元", 10),
        (mk("三、效益指标（30分）", "W103", "error",
            note="the indicators under it carry 10 + 10 + 5 = 25分"),
         "（一）经济效益指标", "8.示范村特色产业产值增长率", "≥10%", 10),
        (None, "（二）社会效益指标", "9.带动农户增收户数", "≥1200户", 10),
        (None, None, "10.品牌消费者满意度",
         mk("≥85%", "F201", "warning", row=True,
            note="a satisfaction rate under 社会效益"), 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.示范村农户满意度",
         "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("kct09-brand-two-level-points", (10, 5),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def kct09() -> Book:
    b, s = first()
    project_head(s, year=2026, name="高山茶一村一品品牌提升", dept=DEPT,
                 unit="桐口镇人民政府", money=one_year(200, 160, 40),
                 goals=["建设茶叶标准化加工示范点5个，12个产茶村统一使用“栖梧高山茶”"
                        "品牌包装，茶农品牌使用率提高10个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "茶叶标准化加工示范点", "≥5个", 10),
        (None, None, None, "统一品牌包装产茶村", "≥12个", 10),
        (None, None, "质量指标", "品牌茶叶质量抽检合格率", "=100%", 15),
        (None, None, "时效指标", "示范点建成时间", "2026年10月31日前", 15),
        ("成本指标", 20, "经济成本指标", "加工示范点补助标准", "≤24万元/个", 10),
        (None, None, None, "品牌设计与认证费用", "≤40万元", 10),
        ("效益指标", 20, "经济效益指标", "品牌茶叶均价提高幅度", "≥8%", 10),
        (None, None, "社会效益指标", "茶农品牌使用率提高", "≥10百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "茶农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kct10-brand-department", (12, 4),
         "department, NAT-2021, key tasks with a 金额合计: tasks not adding to the total, the "
         "goal's village count against its indicator, last year's year left in a name")  # fmt: skip
def kct10() -> Book:
    b, s = first()
    total = mk(wan(580), "B102", "error", note="240 + 120 + 200 = 560 ≠ 580")
    department_head(s, year=2025, dept=BUREAU, budget=[
        (wan(960), wan(900), wan(60), wan(380), wan(580)),
    ], tasks=[
        ("一村一品示范村建设", "示范村产业设施和品牌包装补助", wan(240), "建成示范村8个"),
        ("品牌营销推广", "展会、电商直播和品牌宣传", wan(120), "线上销售额增长"),
        ("乡村公益性岗位", "农村公路管护岗位补贴", wan(200), "开发岗位130个"),
        ("金额合计", None, total, None),
    ], goal="1. 建成一村一品示范村8个，品牌农产品线上销售额达到1800万元；"
            "2. 开发乡村公益性岗位130个，优先安置低收入户劳动力。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "建成一村一品示范村",
         mk("≥6个", "D104", "warning", row=True,
            note="the goal and the task say 8个")),
        (None, None, "开发乡村公益性岗位", "≥130个"),
        (None, "质量指标", "品牌农产品抽检合格率", "≥98%"),
        (None, "时效指标", "岗位补贴按月发放及时率", pct(1)),
        ("成本指标", "经济成本指标", "公益性岗位补贴标准", "≤1200元/人·月"),
        ("效益指标", "经济效益指标",
         mk("2024年度品牌农产品线上销售额", "Y103", "warning", row=True, alt=("Y101",),
            note="last year's name left in a 2025 return"), "≥1800万元"),
        (None, "社会效益指标", "带动低收入户劳动力就业", "≥130人"),
        ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：示范村名单以县乡村振兴领导小组审定为准。")
    sign(s, "黄启明", "0736-5823390", day(2024, 11, 15))
    return b


@variant("kct11-brand-notes-pagebreak", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: a note row inside the table, the header "
         "repeated after a page break, a footnote explaining a total, 填表说明, signature and "
         "date lines (correct)")  # fmt: skip
def kct11() -> Book:
    b, s = first()
    project_head(s, year=2026, name="栖梧黄桃区域公用品牌推广", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", money=one_year(180, 150, 30),
                 goals=["支持3个黄桃专业村统一使用“栖梧黄桃”区域公用品牌，举办产销对接"
                        "活动4场，品牌黄桃销售量达到2500吨（含线上800吨）。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "黄桃品牌专业村", "≥3个"),
        (None, None, "举办产销对接活动", "≥4场"),
        (None, "质量指标", "品牌包装标识规范使用率", "≥95%"),
    ])  # fmt: skip
    note(s, "注：专业村名单见附件1，活动方案见附件2。", 4)
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "对接活动完成时间", "2026年9月30日前"),
        (None, "成本指标", "单场对接活动费用", "≤8万元/场"),
        ("效益指标", "经济效益指标", "品牌黄桃销售量", "≥2500吨"),
        (None, "社会效益指标", "带动果农户数", "≥500户"),
        (None, "可持续影响指标", "区域公用品牌授权管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：品牌黄桃销售量2500吨含线上销售800吨。", 4)
    note(s, "填表说明：指标值应量化，定性指标填写“建立并执行”等。", 4)
    sign(s, "黄启明", "0736-5823390", day(2025, 11, 12))
    return b


@variant("kct12-brand-template-leftovers", (6, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）: the template's example row left "
         "in, one sales indicator twice in other words under two tier-2s")  # fmt: skip
def kct12() -> Book:
    b, s = first()
    project_head(s, year=2025, name="鹤坳香菇一村一品品牌建设", dept=DEPT,
                 unit="鹤坳乡人民政府", money=one_year(100, 100, 0),
                 goals=["建设品牌香菇生产基地3个，品牌香菇线上销售额达到500万元，带动"
                        "菇农300户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "品牌香菇生产基地", "≥3个"),
        (None, None, "（示例）举办培训班XX期",
         mk("≥XX人次", "X101", "error", row=True,
            note="the template's example row left in")),
        (None, "质量指标", "品牌香菇产品抽检合格率", "≥98%"),
        (None, "时效指标", "基地建设完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤30万元/个"),
        ("效益指标", "经济效益指标", "品牌香菇线上销售额", "≥500万元"),
        (None, "社会效益指标", "带动菇农户数", "≥300户"),
        (None, "可持续影响指标", "品牌香菇电商销售额",
         mk("≥600万元", "D103", "warning", row=True, alt=("D102", "D104"),
            note="the 线上销售额 of 经济效益 again, with another value")),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%"),
    ])  # fmt: skip
    return b
