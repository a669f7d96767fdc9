"""Returns on a village craft fair (乡村手作市集) where paper-makers and kiln masters show their
crafts: et13 to et18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout608.common import (
    YEAR,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout608.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT = "苎岭县纸窑乡人民政府（530）"


@variant("et13-fair-one-year", (8, 10),
         "one-year project with 中期 and 年度 columns and goals legitimately identical, a rate "
         "raised in 百分点, a cost standard × count equal to the money (correct)")  # fmt: skip
def et13() -> Book:
    b, s = start()
    goal = "举办乡村手作市集2场，设古法造纸、砖瓦烧制等手艺人摊位60个，吸引游客1.5万人次。"
    project_head(s, year=YEAR, name="“纸窑同辉”乡村手作市集项目", dept=DEPT,
                 unit="苎岭县纸窑乡文化站", money=multi_year((18, 15, 3), (18, 15, 3)),
                 goals=[goal, goal], attr="一次性项目")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    indicators(s, [
        ("产出指标", "数量指标", "市集举办场次", "≥2场", "≥2场"),
        (None, None, "手艺人摊位数量", "≥60个", "≥60个"),
        (None, "质量指标", "摊位用电消防检查合格率", "100%", "100%"),
        (None, "时效指标", "市集举办时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单场市集办展成本", "≤9万元/场", "≤9万元/场"),
        ("效益指标", "经济效益指标", "手艺人现场销售额", "≥30万元", "≥30万元"),
        (None, None, "线上订单转化率比上届提高", "≥3百分点", "≥3百分点"),
        (None, "社会效益指标", "市集游客人次", "≥1.5万人次", "≥1.5万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "蓝晓禾", "0739-6652246")
    return b


def _stalls(s: Sheet) -> None:
    """The first stacked project of et14: the fair's stalls (correct)."""
    project_head(s, year=YEAR, name="乡村手作市集场地搭建项目", dept=DEPT,
                 unit="苎岭县纸窑乡文化站", money=one_year(12, 10, 2),
                 goals=["搭建市集展棚40个，配套临时用电和消防设施。"])  # fmt: skip
    header(s)
    indicators(s, [
        ("产出指标", "数量指标", "展棚搭建数量", "≥40个"),
        (None, "质量指标", "展棚验收合格率", "100%"),
        (None, "时效指标", "展棚搭建完成时间", "2026年9月20日前"),
        (None, "成本指标", "单个展棚搭建成本", "≤0.25万元/个"),
        ("效益指标", "社会效益指标", "市集期间安全事故起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "参展手艺人满意度", "≥90%"),
    ])  # fmt: skip


def _paper_show(s: Sheet) -> None:
    """The second stacked project of et14: the count of shows again under 社会效益."""
    project_head(s, year=YEAR, name="古法造纸现场展演项目", dept=DEPT,
                 unit="苎岭县檀皮坞造纸技艺传习所", money=one_year(8, 8, 0),
                 goals=["现场展演古法造纸全流程6场，邀请造纸手艺人12人。"], title="")  # fmt: skip
    header(s)
    again = mk("古法造纸现场展演场次", "D103", "warning", row=True, alt=("D102", "D101", "F201"),
               note="与数量指标“造纸展演场次 ≥6场”是同一指标，值却为4场")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "造纸展演场次", "≥6场"),
        (None, None, "参演造纸手艺人数", "≥12人"),
        (None, "质量指标", "展演流程完整率", "100%"),
        (None, "时效指标", "展演完成时间", "2026年10月31日前"),
        (None, "成本指标", "单场展演成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", again, "≥4场"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip


def _kiln_corner(s: Sheet) -> None:
    """The third stacked project of et14: a completion date left from last season."""
    end = mk(day(YEAR - 1, 10, 31), "Y104", "error", alt=("Y102", "Y101"),
             note="计划完成日期2025-10-31早于开始日期2026-03-01：上一届的日期")  # fmt: skip
    project_head(s, year=YEAR, name="砖瓦烧制体验区项目", dept=DEPT,
                 unit="苎岭县陶坪镇传统工艺保护站", money=one_year(6, 5, 1),
                 start=day(YEAR, 3, 1), end=end, title="",
                 goals=["设置砖坯制作体验摊位4个，接待体验游客2000人次。"])  # fmt: skip
    header(s)
    indicators(s, [
        ("产出指标", "数量指标", "砖坯制作体验摊位", "≥4个"),
        (None, None, "接待体验游客人次", "≥2000人次"),
        (None, "质量指标", "体验场所安全检查合格率", "100%"),
        (None, "时效指标", "体验预约响应时间", "≤2小时"),
        (None, "成本指标", "单个体验摊位成本", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "青少年体验人次", "≥800人次"),
        ("满意度指标", "服务对象满意度指标", "体验游客满意度", "≥90%"),
    ])  # fmt: skip


@variant("et14-fair-stacked-three", (2,),
         "three projects stacked, OLD-NAT, one value column: a count again under 社会效益 with "
         "another value, a completion date before the start")  # fmt: skip
def et14() -> Book:
    b, s = start("项目绩效目标")
    _stalls(s)
    s.skip()
    _paper_show(s)
    s.skip()
    _kiln_corner(s)
    sign(s, "蓝晓禾", "0739-6652246")
    return b


@variant("et15-fair-flat-department", (3, 12),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · "
         "权重): tasks off 金额合计, a count the goal states otherwise, weights 95")  # fmt: skip
def et15() -> Book:
    b, s = start()
    goal = ("全年举办乡村手作市集4场，开展古法造纸、砖瓦烧制技艺展演12场，参与群众不少于"
            "8000人次。")  # fmt: skip
    total = mk(w(80), "B102", "error", note="40 + 25 + 20 = 85，不是80")
    department_head(s, year=YEAR, dept="苎岭县纸窑乡文化站",
                    budget=[(w(150), w(130), w(20), w(70), w(80))], goal=goal, tasks=[
                        ("乡村手作市集", "举办市集、评选巧手艺人", w(40), "举办市集4场"),
                        ("非遗技艺展示", "造纸、砖瓦烧制展演", w(25), "展演≥12场"),
                        ("文化站阵地服务", "阵地开放、讲座", w(20), "开放≥300天"),
                        ("金额合计", "", total, ""),
                    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+10+10+20 = 95，应为100")
    fairs = mk("≥3", "D104", "warning", row=True, note="年度总体目标写举办市集4场")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("手作市集举办场次", fairs, "正向", "场", 20),
        ("技艺展演场次", "≥12", "正向", "场", 20),
        ("参与群众人次", "≥8000", "正向", "人次", 15),
        ("活动安全事故发生起数", "0", "反向", "起", 10),
        ("单场市集平均成本", "≤10", "反向", "万元/场", 10),
        ("参与群众满意度", pct(0.9), "正向", "%", 20),
    ])  # fmt: skip
    sign(s, "蓝晓禾", "0739-6652246")
    return b


@variant("et16-fair-training-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: a 注 row inside the table, the header "
         "repeated after a page break, 填表说明 and signature below (correct)")  # fmt: skip
def et16() -> Book:
    b, s = start()
    goal = ("培训古法造纸、砖瓦烧制等手艺人40人（其中外县手艺人12人），组织参加乡村手作市集"
            "展销，带动手艺人增收。")  # fmt: skip
    project_head(s, year=YEAR, name="手艺人技能提升与市集展销项目", dept=DEPT,
                 unit="苎岭县纸窑乡文化站", money=one_year(22, 18, 4), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    header(s, *head)
    indicators(s, [
        ("产出指标", "数量指标", "培训手艺人数", "≥40人"),
        (None, None, "培训课时", "≥64学时"),
        (None, "质量指标", "培训结业考核合格率", "≥90%"),
    ])  # fmt: skip
    s.row("注：培训人数含外县手艺人12人。", merge=[(1, 4)])
    s.skip()
    header(s, *head)
    indicators(s, [
        ("产出指标", "时效指标", "培训完成时间", "2026年8月31日前"),
        (None, "成本指标", "人均培训成本", "≤0.4万元/人"),
        ("效益指标", "经济效益指标", "参训手艺人市集展销收入", "≥20万元"),
        (None, "可持续影响指标", "手艺人技能培训长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训手艺人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["填表说明：1.指标值应细化、量化；2.金额单位为万元；3.本表一式两份。"], 4)
    sign(s, "鲁月娥", "0739-6655310", day(YEAR - 1, 12, 5))
    return b


@variant("et17-fair-template-left", (6, 13),
         "project, NAT-2021, header 预期目标: a template example row kept, a tier-2 left without "
         "indicator, a deadline after the one-year project ends")  # fmt: skip
def et17() -> Book:
    b, s = start()
    goal = ("2026年10月举办“窑火纸香”手作节1届，设古法造纸、砖瓦烧制展区2个，接待游客"
            "1万人次。")  # fmt: skip
    project_head(s, year=YEAR, name="纸窑乡“窑火纸香”手作节项目", dept=DEPT,
                 unit="苎岭县纸窑乡文化站", money=one_year(15, 12, 3), goals=[goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    example = mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除，值仍是占位符")
    late = mk("2027年5月31日前", "Y102", "error", alt=("Y103", "D104"),
              note="一年期项目（2026年），年度目标写2026年10月举办")  # fmt: skip
    empty = mk("社会成本指标", "F109", "warning", row=True, note="模板二级指标下没有指标")
    indicators(s, [
        ("产出指标", "数量指标", "手作节举办届数", "≥1届"),
        (None, None, "特色展区数量", "≥2个"),
        (None, None, "（示例）参训人次", example),
        (None, "质量指标", "展区安全检查合格率", "100%"),
        (None, "时效指标", "手作节举办时间", late),
        ("成本指标", "经济成本指标", "手作节办节成本", "≤15万元"),
        (None, empty, None, None),
        ("效益指标", "社会效益指标", "接待游客人次", "≥1万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁月娥", "0739-6655310")
    return b


@variant("et18-fair-transfer-marks", (5, 7, 1),
         "provincial transfer project, OLD-NAT, two-row header, labels with * and ★ and "
         "abbreviated tier-2s, 指标值设定依据 column, typed percent cells (correct)")  # fmt: skip
def et18() -> Book:
    b, s = start()
    goal = "建设传统工艺工作站1个，入驻古法造纸、砖瓦烧制工坊6家，开发文创产品20款。"
    project_head(s, year=YEAR, name="省级非遗保护专项——纸窑乡传统工艺工作站建设", dept=DEPT,
                 unit="苎岭县纸窑乡文化站", attr="一次性项目", goals=[goal],
                 money=[("年度资金总额", w(30), "其中：省级补助", w(20)),
                        ("地方资金", w(10))])  # fmt: skip
    s.row("绩效指标", None, None, "目标值", None, merge=[(1, 3), (4, 5)])
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    indicators(s, [
        ("*产出指标", "数量", "★入驻工坊数量", "≥6家", "计划标准"),
        (None, None, "开发文创产品款数", "≥20款", "计划标准"),
        (None, "质量", "工作站建设验收合格率", pct(1), "行业标准"),
        (None, "时效", "工作站挂牌时间", "2026年6月30日前", "计划标准"),
        (None, "成本", "工作站改造成本", "≤30万元", "计划标准"),
        ("*效益指标", "社会效益", "★带动手艺人就业人数", "≥30人", "历史标准"),
        (None, "可持续影响", "工坊入驻期限", "≥3年", "计划标准"),
        ("*满意度指标", "服务对象满意度", "入驻手艺人满意度", pct(0.9), "行业标准"),
    ])  # fmt: skip
    sign(s, "鲁月娥", "0739-6655310")
    return b
