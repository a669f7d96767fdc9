"""Values as Excel stores them, flat lists, points at two levels, conversion artefacts
(items 1, 3, 9, 10, 11, 12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout400.common import H4, book, indicators, one_year, sign, wan
from tests.variants.holdout400.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

H_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("wt13-percent-cells", (1,),
         "project, OLD-NAT, operator column (symbols and words), unit column, percent cells "
         "typed in Excel, a 下降率 with ≥, 万元 in the number format (correct)")  # fmt: skip
def wt13() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鸣川区锣鼓乐社区普及项目", dept="鸣川区文化和旅游局 215",
                 unit="鸣川区文化馆", money=one_year(wan(32), wan(28), wan(4)),
                 goals=["在社区开设锣鼓乐普及课96课时，受众3000人次以上。"])  # fmt: skip
    indicators(s, H_OP, [
        ("产出指标", "数量指标", "社区锣鼓乐普及课", "≥", 96, "课时"),
        (None, None, "普及活动受众", "大于等于", 3000, "人次"),
        (None, "质量指标", "普及课学员结业率", "≥", pct(0.9), "%"),
        (None, "时效指标", "课程按期开课率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每课时授课成本", "小于等于", 0.25, "万元/课时"),
        ("效益指标", "社会效益指标", "社区居民锣鼓乐知晓率", "≥", pct(0.8), "%"),
        (None, None, "锣鼓排练噪声投诉下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "社区锣鼓乐队常态活动", "定性", "长期保持", ""),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.92, "0.00%"), "%"),
    ])  # fmt: skip
    return b


@variant("wt14-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a 完成率 and a 元-formatted "
         "amount in the 万元 money block")  # fmt: skip
def wt14() -> Book:
    b, s = book()
    other = mk(money(40000, YUAN), "B105", "error",
               note="shows 40,000.00元 inside 项目资金（万元）")  # fmt: skip
    project_head(s, year=2025, name="响槐镇锣鼓队夜间展演项目", dept="铙溪县响槐镇人民政府 307021",
                 unit="响槐镇综合文化站", money=one_year(wan(20), wan(16), other),
                 goals=["全年组织锣鼓队夜间展演24场，丰富群众夜间文化生活。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="16 + 40000元 ≠ 20万元; tolerated, B105 is the cause")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 完成率 shown as 105%")
    indicators(s, H_OP, [
        ("产出指标", "数量指标", "锣鼓队夜间展演场次", "≥", 24, "场"),
        (None, "质量指标", "展演节目计划完成率", "≥", over, "%"),
        (None, "时效指标", "展演季结束时间", "≤", "2025年10月31日", ""),
        (None, "成本指标", "单场展演补助标准", "≤", 0.8, "万元/场"),
        ("效益指标", "社会效益指标", "镇村群众夜间文化活动参与率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "观看群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("wt15-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, 0起 on an incident count, weights adding to 100 (correct)")  # fmt: skip
def wt15() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="响槐镇综合文化站", budget=[
        (wan(60), wan(54), wan(6), wan(22), wan(38)),
    ], tasks=[
        ("锣鼓队活动组织", "组织村级锣鼓队活动", wan(23), "全年活动不少于60场"),
        ("锣鼓乐培训", "举办锣鼓乐培训班", wan(15), "培训不少于500人次"),
        ("金额合计", "", wan(38), ""),
    ], goal="组织村级锣鼓队活动60场以上，培训锣鼓爱好者500人次以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("组织村级锣鼓队活动", 20, "场", "≥", 60),
        ("锣鼓乐培训人次", 15, "人次", "≥", 500),
        ("锣鼓队活动安全事故", 10, "起", "=", 0),
        ("培训学员结业率", 15, "%", "≥", pct(0.9)),
        ("每场活动平均经费", 10, "万元/场", "≤", 0.35),
        ("群众参与锣鼓活动满意度", 20, "%", "≥", pct(0.9)),
        ("锣鼓活动器材故障发生率", 10, "%", "≤", pct(0.05)),
        ("合计", 100, "", "", ""),
    ])  # fmt: skip
    sign(s, "蒯春生", "0736-4470392", "邝佩兰", day(2024, 11, 20))
    return b


@variant("wt16-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def wt16() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="鸣川区文化馆", budget=[
        (wan(280), wan(250), wan(30), wan(190), wan(90)),
    ], goal="全年举办锣鼓乐公益演出40场，辅导村级锣鼓队，提升群众满意度。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 15 + 10 + 20 + 15 + 15 = 95, not 100")
    unit = mk("≥12场", "T112", "error", alt=("T119",), note="value in 场, unit column 人次")
    fault = mk("≥3", "T108", "warning", row=True, note="反向 rate with ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("锣鼓乐公益演出", "≥40", "正向", "场", 20),
        ("锣鼓乐公益培训人次", unit, "正向", "人次", 15),
        ("演出器材故障率", fault, "反向", "%", 10),
        ("观众满意度", "≥90", "正向", "%", 20),
        ("村级锣鼓队辅导覆盖率", "≥80", "正向", "%", 15),
        ("每场演出平均成本", "≤1.5", "反向", "万元/场", 15),
    ])  # fmt: skip
    return b


@variant("wt17-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a rate raised in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def wt17() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鼙山市锣鼓乐传承点扶持项目",
                 dept="鼙山市文化广电旅游局 102", unit="鼙山市非物质文化遗产保护中心",
                 money=one_year(wan(55), wan(50), wan(5)),
                 goals=["扶持锣鼓乐传承点12个，开展传承活动150场。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("产出指标", 40, "数量指标", "扶持锣鼓乐传承点", "≥12个", 10),
        (None, None, None, "开展锣鼓乐传承活动", "≥150场", 10),
        (None, None, "质量指标", "传承点年度考评合格率", "≥90%", 10),
        (None, None, "时效指标", "扶持资金拨付及时率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "每个传承点扶持标准", "≤4万元/个", 10),
        (None, None, "社会成本指标", "传承活动安全责任事故", "=0起", 10),
        ("效益指标", 30, "社会效益指标", "青少年参与锣鼓乐活动比例", "较上年提高≥5百分点", 10),
        (None, None, None, "村级锣鼓队停训率下降率", "≥20%", 10),
        (None, None, "可持续影响指标", "传承点长效运行机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "传承点学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("wt18-conversion-artefacts", (9,),
         "project, OLD-NAT, one value column, a date serial as text in the head, detail lines "
         "below the table: a number split by a space, an amount pasted twice")  # fmt: skip
def wt18() -> Book:
    b, s = book()
    serial = mk("45930", "X104", "warning", note="计划完成日期 as a serial: 2025-09-30")
    project_head(s, year=2025, name="铙溪县锣鼓曲牌数字化项目", dept="铙溪县文化广电和旅游局 307",
                 unit="铙溪县文化馆", money=one_year(wan(30), wan(26), wan(4)), end=serial,
                 goals=["录制锣鼓曲牌120首，完成曲谱数字化并建库。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "录制传统锣鼓曲牌", "≥120首"),
        (None, "质量指标", "曲牌录音专家验收合格率", "≥95%"),
        (None, "时效指标", "数字化成果交付时间", "2025年9月30日前"),
        (None, "成本指标", "每首曲牌录制成本", "≤0.12万元/首"),
        ("效益指标", "社会效益指标", "数字资源库公开访问率", "≥90%"),
        (None, "可持续影响指标", "曲牌数字资源库维护", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "传承人及使用者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    split = mk("14.6 5", "X105", "warning", alt=("X103",), note="14.65 split by a space")
    twice = mk("9.35万9.35万", "X106", "error", alt=("B108",), note="9.35 pasted twice")
    s.row("项目资金明细", "明细名称", "金额（万元）", "测算依据")
    s.table([
        (None, "曲牌录音录像", split, "120首，每首约0.12万元"),
        (None, "曲谱数字化", twice, "打谱、校对、排版"),
        (None, "专家审校", wan(6), "专家审校费"),
        (None, "合计", wan(30), ""),
    ], merged=(1,))  # fmt: skip
    return b
