"""Tier labels, points, directions, template rows and money blocks in water works returns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout876.common import (
    VAL_HEAD,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout876.registry import variant
from tests.variants.kit import Book, mk

DEPT = "澄渊县水利局（412）"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("khb13-points-two-levels", (5, 10),
         "project, NAT-2021, numbered tier labels with points and indicator points, both 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村供水工程水质净化消毒设施运行维护补助", dept=DEPT,
                 unit="澄渊县农村供水管理站", money=one_year(wan(96), wan(96), wan(0)),
                 goals=["补助48座小型水厂净化消毒设施运行维护，"
                        "出厂水水质达标率提高3个百分点。"])  # fmt: skip
    indicators(s, SCORED, [
        ("一、成本指标（10分）", "（一）经济成本指标", "单座水厂运维补助标准", "≤2万元/座", 10),
        ("二、产出指标（50分）", "（一）数量指标", "补助小型水厂数量", "≥48座", 20),
        (None, "（二）质量指标", "消毒设施完好率", "≥95%", 15),
        (None, "（三）时效指标", "补助资金拨付时间", "2025年6月底前", 15),
        ("三、效益指标（30分）", "（一）社会效益指标", "出厂水水质达标率提高", "≥3百分点", 15),
        (None, "（二）可持续影响指标", "运维台账建立率", "=100%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "水厂运维人员满意度", "≥90%", 10),
        ("合计（100分）", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("khb14-tier-points-wrong-tier", (5, 10),
         "project, NAT-2021, tier score column: 产出 points not matching, a quality rate under "
         "时效, a satisfaction rate under 社会效益")  # fmt: skip
def tier_points_wrong_tier() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村水厂消毒剂采购配送", dept=DEPT,
                 unit="澄渊县农村供水管理站", money=one_year(wan(64), wan(60), wan(4)),
                 goals=["为全县水厂统一采购配送次氯酸钠消毒剂320吨，保障全年不断供。"])  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    out = mk(50, "W103", "error", note="产出指标50分，其下指标 15 + 10 + 10 + 10 = 45")
    dose = mk("消毒剂投加合格率", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")
    happy = mk("受益群众满意度", "F201", "warning", row=True,
               note="满意度填在社会效益指标下，应属服务对象满意度指标")  # fmt: skip
    s.table([
        ("成本指标", 10, "经济成本指标", "消毒剂采购单价", "≤0.18万元/吨", 10),
        ("产出指标", out, "数量指标", "消毒剂采购配送量", "≥320吨", 15),
        (None, None, "质量指标", "消毒剂到货检验合格率", "=100%", 10),
        (None, None, "时效指标", dose, "≥95%", 10),
        (None, None, None, "配送到厂及时率", "≥95%", 10),
        ("效益指标", 30, "社会效益指标", "水厂消毒剂断供天数", "0天", 15),
        (None, None, None, happy, "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "水厂管理员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随W103而来，容许不要求")
    return b


@variant("khb15-direction-words", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, unit "
         "column, a 下降率 with 大于等于 (correct)")  # fmt: skip
def direction_words() -> Book:
    b, s = start(widths=(12, 12, 28, 10, 12, 10, 10))
    project_head(s, year=YEAR, name="农村饮水消毒副产物控制试点", dept=DEPT,
                 unit="槐坪水厂", money=one_year(wan(28), wan(25), wan(3)),
                 goals=["在槐坪水厂开展消毒剂精准投加试点，降低消毒副产物超标风险。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "精准投加控制系统安装", "正向", "大于等于", 1, "套"),
        (None, "质量指标", "出厂水三氯甲烷超标率", "反向", "小于等于", 1, "%"),
        (None, "时效指标", "试点运行启动时间", "反向", "小于等于", "2025年7月", None),
        (None, "成本指标", "控制系统购置安装费", "反向", "小于等于", 25, "万元"),
        ("效益指标", "社会效益指标", "消毒副产物超标率下降率", "正向", "大于等于", 30, "%"),
        (None, "经济效益指标", "消毒剂用量节约率", "正向", "大于等于", 8, "%"),
        ("满意度指标", "服务对象满意度指标", "供水片区群众满意度", "正向", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "潘立群", "0771-5830409", (YEAR - 1, 11, 28))
    return b


@variant("khb16-direction-goal-twice", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a goal count "
         "the indicator contradicts, one indicator under two tier-2s")  # fmt: skip
def direction_goal_twice() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村水厂水质自动监测点建设", dept=DEPT,
                 unit="澄渊县农村供水管理站", money=one_year(wan(130), wan(110), wan(20)),
                 goals=["年内新建水质自动监测点26个，接入县级供水信息平台。"])  # fmt: skip
    points = mk("≥20个", "D104", "warning", row=True, note="年度目标写26个，指标却是20个")
    worse = mk("≥3%", "T108", "warning", row=True, note="超标率是反向指标，应为≤")
    twice = mk("监测点平台接入数量", "D103", "warning", row=True, alt=("D101", "F201"),
               note="与数量指标下“平台接入监测点数量”同一指标，又填在质量指标下")  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤5万元/个"),
        ("产出指标", "数量指标", "新建水质自动监测点", points),
        (None, None, "平台接入监测点数量", "≥20个"),
        (None, "质量指标", twice, "≥20个"),
        (None, None, "监测数据有效率", "≥95%"),
        (None, "时效指标", "监测点建成时间", "2025年10月底前"),
        ("效益指标", "社会效益指标", "出厂水浊度超标率", worse),
        ("满意度指标", "服务对象满意度指标", "水厂管理单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khb17-template-rows", (6, 13),
         "project, OLD-NAT, header 预期目标: a tier-2 left from the template, a value without "
         "a name, the template's example row")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="村级管水员水质快检培训", dept=DEPT,
                 unit="澄渊县农村供水管理站", money=one_year(wan(18), wan(18), wan(0)),
                 goals=["培训村级管水员150人，掌握余氯、浊度快检方法。"])  # fmt: skip
    empty = mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标")
    noname = mk(None, "F110", "error", note="填了指标值≥95%，三级指标名称为空")
    sample = mk("≥XX人", "X101", "error", row=True, note="模板示例行（例：培训人数）未删除")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训村级管水员", "≥150人"),
        (None, None, "例：培训人数", sample),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, noname, "≥95%"),
        (None, empty, None, None),
        (None, "成本指标", "人均培训费用", "≤1200元/人"),
        ("效益指标", "社会效益指标", "管水员快检操作掌握率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训管水员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khb18-money-every-block", (12,),
         "project, OLD-NAT: money block, budget detail lines with their total, a cost within "
         "its money, a footnote on the total (correct)")  # fmt: skip
def money_every_block() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="岫溪镇集中供水站消毒设施改造", dept=DEPT,
                 unit="岫溪镇人民政府", money=one_year(wan(85), wan(70), wan(15)),
                 goals=["改造岫溪镇集中供水站消毒设施（设备、管路及配套土建），"
                        "出厂水消毒剂余量全年稳定达标。"])  # fmt: skip
    s.row("资金明细", "消毒设备购置", wan(42), "管路及投加系统", wan(23), None)
    s.row(None, "配套土建", wan(15), "调试及培训", wan(5), None)
    s.row(None, "合计", wan(85), None, None, None)
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "更换消毒设备", "≥2套"),
        (None, "质量指标", "出厂水消毒剂余量达标率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年9月底前"),
        (None, "成本指标", "单套消毒设备购置费", "≤21万元/套"),
        ("效益指标", "社会效益指标", "受益人口", "≥6500人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：合计85万元 = 设备42 + 管路23 + 土建15 + 调试培训5。")
    sign(s, "潘立群", "0771-5830409", (YEAR - 1, 11, 28))
    return b
