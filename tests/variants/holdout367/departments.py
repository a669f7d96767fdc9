"""Department returns, flat lists, template rows and a budget-system export: vm13–vm18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout367.common import (
    KITE_DEPT,
    LANTERN_DEPT,
    YEAR,
    funds,
    indicators,
    new,
    notes,
    signature,
    wan,
)
from tests.variants.holdout367.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "雁汀县节庆文化服务中心"
DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值")
SHARE = "0.00%"


@variant("vm13-dept-money", (12,), "department, NAT-2021: budget with shares, festival tasks "
         "adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def vm13() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (wan(640), wan(600), wan(40), wan(400), wan(240)),
        (pct(1), pct(0.9375, SHARE), pct(0.0625, SHARE), pct(0.625, SHARE), pct(0.375, SHARE)),
    ], tasks=[
        ("元宵灯会", "主灯组布展、开闭幕式", wan(120), "接待游客30万人次"),
        ("春季风筝节", "赛事组织、场地保障", wan(80), "参赛队伍80支"),
        ("节庆非遗展演", "花灯、风筝技艺展演", wan(40), "展演30场"),
        ("金额合计", None, wan(240), None),
    ], goal="办好元宵灯会、春季风筝节两大节庆，带动县域文旅消费。")  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "举办节庆活动数量", "≥2个"),
        (None, None, "非遗展演场次", "≥30场"),
        (None, "质量指标", "活动安全事故", "=0起"),
        (None, "时效指标", "灯会开幕时间", "2月10日前"),
        ("成本指标", "经济成本指标", "灯会单日运营成本", "≤6万元/天"),
        ("效益指标", "社会效益指标", "节庆接待游客人次", "≥40万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "韩书妍", "0736-5821407", day(YEAR - 1, 11, 20))
    return b


@variant("vm14-dept-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "a share that does not match its amount, tasks not adding to 金额合计")  # fmt: skip
def vm14() -> Book:
    b, s = new()
    total = mk(wan(700), "B101", "error", note="420 + 260 = 680 ≠ 700")
    share = mk(pct(0.0957, SHARE), "B111", "error", note="60 ÷ 700 = 8.57 %, not 9.57 %")
    department_head(s, year=YEAR, dept="苍浦市鸢川区风筝文化发展中心", budget=[
        (total, wan(640), wan(60), wan(420), wan(260)),
        (pct(1), pct(0.9143, SHARE), share, pct(0.6, SHARE), pct(0.3714, SHARE)),
    ], tasks=[
        ("国际风筝节", "开幕式、赛事、安保", wan(150), "参赛队伍90支"),
        ("风筝进校园", "社团辅导、校园赛", wan(60), "覆盖学校40所"),
        ("风筝博物馆社教", "社教活动、展陈", wan(40), "社教活动120场"),
        ("金额合计", None, mk(wan(260), "B102", "error", note="150 + 60 + 40 = 250"), None),
    ], goal="办好国际风筝节，推动风筝文化进校园、进社区。")  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "风筝节参赛队伍数量", "≥90支"),
        (None, None, "风筝进校园覆盖学校数量", "≥40所"),
        (None, "质量指标", "赛事组织规范率", "≥95%"),
        ("成本指标", "经济成本指标", "单所学校辅导成本", "≤1.5万元/所"),
        ("效益指标", "社会效益指标", "风筝节观赛人次", "≥20万人次"),
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vm15-flat-kite",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), percent cells, weights add to 100, 0起 and a 下降率 with ≥ (correct)",
)
def vm15() -> Book:
    b, s = new(widths=(30, 10, 12, 12, 14))
    s.title(f"{YEAR}年度部门整体支出绩效指标（鸢川区风筝协会联络站）", 5)
    s.row("部门名称", KITE_DEPT, None, "填报日期", day(YEAR - 1, 12, 2), merge=[(2, 3)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("风筝协会会员培训人次", 20, "人次", "≥", 600),
        ("风筝展赛活动举办场次", 20, "场", "≥", 12),
        ("赛事活动安全事故", 15, "起", "=", 0),
        ("会员投诉量下降率", 10, "%", "≥", pct(0.15)),
        ("培训证书发放合格率", 15, "%", "≥", pct(0.95)),
        ("会员满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：合计行为权重合计，不是指标。", width=5)
    return b


@variant("vm16-flat-lantern-defects", (3, 13), "department, flat list in another order (指标名称 "
         "· 指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a value without a "
         "name, weights adding to 95")  # fmt: skip
def vm16() -> Book:
    b, s = new(widths=(30, 14, 12, 12, 10))
    s.title(f"{YEAR}年度部门整体支出绩效指标（雁汀县花灯研究会）", 5)
    s.row("部门名称", LANTERN_DEPT, None, "填报日期", day(YEAR - 1, 11, 28), merge=[(2, 3)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    b.file_mark("W101", "error", note="20 + 20 + 15 + 10 + 15 + 15 = 95, not 100")
    s.table([
        ("花灯扎制培训人次", mk("≥800元", "T112", "error", note="元 in the value, 人次 in the "
                                "unit column"), "正向", "人次", 20),
        ("花灯作品展出件数", "≥150件", "正向", "件", 20),
        (mk(None, "F110", "error", note="a value with no indicator name"), "≥95%", "正向", "%",
         15),
        ("展览安全事故", "=0起", "反向", "起", 10),
        ("单件参展作品补助", "≤800元/件", "反向", "元/件", 15),
        ("观众满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant(
    "vm17-lantern-template-rows",
    (6, 13, 9),
    "project, NAT-2021, header 预期目标: a "
    "tier-2 left from the template, a value without a name, a split number in the money",
)
def vm17() -> Book:
    b, s = new()
    other = mk("12.5 0", "X105", "warning", alt=("X103",), note="12.50 split by a space")
    project_head(s, year=YEAR, name="雁汀县灯会数字导览项目", dept=LANTERN_DEPT,
                 unit="雁汀县文化馆", money=funds(wan(62.5), wan(50), other),
                 goals=["上线灯会数字导览小程序，导览点位覆盖全部灯组。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "数字导览点位数量", "≥80个"),
        (None, "质量指标", mk(None, "F110", "error", note="a value with no name"), "≥99%"),
        (None, "时效指标", "小程序上线时间", "2月1日前"),
        ("成本指标", "经济成本指标", "单个导览点位建设成本", "≤0.6万元/个"),
        ("效益指标", "社会效益指标", "小程序访问人次", "≥20万人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "使用者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vm18-kite-export", (5, 7), "budget-system export: money on sheet 05-1, the table on "
         "sheet 05-2 with codes in the first columns, the header on the third row, tier labels "
         "numbered, with points, ★ and abbreviated (correct)")  # fmt: skip
def vm18() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元", None, None, None, None, merge=[(1, 5)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("412003250017", "鸢川风筝节文创市集项目", wan(58), wan(50), wan(8))
    s.row("合计", None, wan(58), wan(50), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 14, 18, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：苍浦市鸢川区文化馆（412003）", None, None, None, None, None,
          merge=[(1, 6)])  # fmt: skip
    code, unit = "412003250017", "412003"
    indicators(t, ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, unit, "一、产出指标（50分）", "（一）数量", "文创市集摊位数量", "≥60个"),
        (code, unit, None, None, "风筝文创新品种类", "≥15种"),
        (code, unit, None, "（二）质量", "入驻商品质检合格率", "=100%"),
        (code, unit, None, "（三）时效", "市集开市时间", "4月18日前"),
        (code, unit, "二、成本指标（10分）", "（一）经济成本", "单个摊位搭建成本",
         "≤0.5万元/个"),
        (code, unit, "三、效益指标（30分）", "（一）经济效益", "市集文创销售额", "≥120万元"),
        (code, unit, None, "（二）社会效益", "市集接待游客人次", "≥8万人次"),
        (code, unit, "★四、满意度指标（10分）", "★服务对象满意度", "摊主满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
