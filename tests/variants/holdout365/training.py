"""Returns about training rural women in embroidery (刺绣技能培训): vk01 to vk06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout365.common import YEAR, book, indicators, one_year, period, sign, wan
from tests.variants.holdout365.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PT_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("vk01-training-pct", (1,), "project, OLD-NAT, operator and unit columns, percentages "
         "typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def training_pct() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="槿川县绣娘技能培训项目", dept="槿川县妇女联合会（307）",
                 unit="槿川县妇女发展服务中心", money=one_year(wan(86), wan(70), wan(16)),
                 goals=["全年开展平绣、锁绣技能培训8期，培训农村妇女320人，结业后进入合作"
                        "绣坊务工不少于200人。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "技能培训期数", "≥", 8, "期"),
        (None, None, "培训农村妇女人数", "≥", 320, "人"),
        (None, "质量指标", "结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "培训课时完成率", "=", pct(1), "%"),
        (None, None, "学员绣品返工下降率", "≥", pct(0.2), "%"),
        (None, "时效指标", "培训按期开班率", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均培训补助标准", "≤", 1800, "元/人"),
        ("效益指标", "经济效益指标", "结业学员月均绣品收入", "≥", 1200, "元/人·月"),
        (None, "社会效益指标", "结业后进入绣坊务工人数", "≥", 200, "人"),
        (None, "可持续影响指标", "村级绣坊带教点覆盖率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥", pct(0.92), "%"),
    ], head=OP_HEAD)  # fmt: skip
    sign(s, "龙秀芬", "0857-6213408")
    return b


@variant("vk02-training-rates-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a "
         "typed percent over 100, a 反向 rate with ≥, a rate given as a head count")  # fmt: skip
def training_rates_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="棠梨县苗绣传承人带徒培训项目", dept="棠梨县文化和旅游局",
                 unit="棠梨县非遗保护中心", money=one_year(wan(54), wan(45), wan(9)),
                 goals=["由12名苗绣传承人带徒授艺，培训留守妇女180人，提升绣品品质。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "带徒传承人人数", "≥", 12, "人"),
        (None, None, "培训留守妇女人数", "≥", 180, "人"),
        (None, "质量指标", "培训出勤率", "≥",
         mk(pct(1.05), "T106", "error", note="出勤率封顶 100%，≥105% 不可能"), "%"),
        (None, None, "学员绣品次品率", mk("≥", "T108", "warning", row=True,
                                   note="次品率是反向指标，应为 ≤"), pct(0.03), "%"),
        (None, None, "学员结业率", "≥",
         mk(150, "T105", "error", note="结业率给的是人数（单位列为“人”），不是百分比"), "人"),
        (None, "时效指标", "带徒培训完成时间", "≤", "2025年12月20日前", None),
        (None, "成本指标", "学员培训补助标准", "≤", 2000, "元/人"),
        ("效益指标", "社会效益指标", "学员独立完成绣片人数", "≥", 120, "人"),
        (None, "可持续影响指标", "新认定县级传承人人数", "≥", 3, "人"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥", pct(0.9), "%"),
    ], head=OP_HEAD)  # fmt: skip
    sign(s, "杨春梅", "0855-4470216")
    return b


@variant("vk03-training-points", (5, 10), "project, NAT-2021, numbered tier labels, tier-1 "
         "and indicator points both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def training_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="枫渡县巧手绣娘就业培训项目", dept="枫渡县人力资源和社会保障局",
                 unit="枫渡县就业服务中心", money=one_year(wan(60), wan(60), wan(0)),
                 goals=["培训农村妇女260人，结业学员就业率比上年提高5个百分点以上。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标", 50, "（一）数量指标", "刺绣技能培训人数", "≥260人", 15),
        (None, None, None, "开设培训班期数", "≥6期", 10),
        (None, None, "（二）质量指标", "培训结业合格率", "≥90%", 15),
        (None, None, "（三）时效指标", "培训任务完成时间", "2025年11月30日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "人均培训成本", "≤2000元/人", 10),
        ("三、效益指标", 30, "（一）经济效益指标", "结业学员人均年增收", "≥6000元", 10),
        (None, None, "（二）社会效益指标", "结业学员就业率较上年提高", "≥5百分点", 10),
        (None, None, "（三）可持续影响指标", "绣艺师资库入库人数", "≥30人", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "参训学员满意度", "≥90%", 10),
        ("合计", 100, "", "", "", 100),
    ], head=PT_HEAD, merged=(1, 2, 3))  # fmt: skip
    sign(s, "韦丽华", "0778-5521937")
    return b


@variant("vk04-training-points-wrong", (10,), "project, NAT-2021, tier-1 points against the "
         "indicator points under them, a satisfaction rate with =")  # fmt: skip
def training_points_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芷溪县绣坊骨干绣娘提升培训项目", dept="芷溪县妇女联合会",
                 unit="芷溪县妇女儿童活动中心", money=one_year(wan(42), wan(36), wan(6)),
                 goals=["培训绣坊骨干绣娘90人，其中取得刺绣工职业技能等级证书60人。"])  # fmt: skip
    indicators(s, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15+10+15=40，不是 50"),
         "数量指标", "骨干绣娘培训人数", "≥90人", 15),
        (None, None, None, "取得职业技能等级证书人数", "≥60人", 10),
        (None, None, "质量指标", "培训考核合格率", "≥92%", 15),
        ("成本指标", 10, "经济成本指标", "人均培训费用", "≤4000元/人", 10),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值 15+15+10=40，不是 30"),
         "经济效益指标", "骨干绣娘人均月增收", "≥800元", 15),
        (None, None, "社会效益指标", "骨干绣娘带动村内妇女务工人数", "≥270人", 15),
        (None, None, "可持续影响指标", "骨干绣娘留任绣坊比例", "≥80%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训绣娘满意度",
         mk("=95%", "T107", "warning", note="满意度写“=”，应为 ≥95%"), 10),
    ], head=PT_HEAD, merged=(1, 2, 3))  # fmt: skip
    sign(s, "石玉兰", "0745-3386120")
    return b


@variant("vk05-training-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "cumulative annual counts below the period, 0 incidents in both (correct)")  # fmt: skip
def training_multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="槿川县刺绣产业工人三年培训计划",
                 dept="槿川县乡村振兴局", unit="槿川县职业技术学校", attr="新增项目",
                 money=period((wan(240), wan(200), wan(40)), (wan(80), wan(70), wan(10))),
                 goals=["三年培训刺绣产业工人900人，建成实训基地2个。",
                        "2025年培训300人，建成实训基地1个。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "刺绣产业工人培训人数", "≥900人", "≥300人"),
        (None, None, "建成刺绣实训基地", "2个", "1个"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2200元/人", "≤2200元/人"),
        ("效益指标", "经济效益指标", "结业学员人均月增收", "≥1000元", "≥800元"),
        (None, "社会效益指标", "实训安全事故发生次数", "0次", "0次"),
        (None, "可持续影响指标", "实训基地持续运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "参训工人满意度", "≥90%", "≥90%"),
    ], head=head)  # fmt: skip
    sign(s, "潘桂英", "0857-6230115")
    return b


@variant("vk06-training-multi-year-wrong", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above the period, a cumulative count copied")  # fmt: skip
def training_multi_year_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="棠梨县绣娘电商技能两年培训项目",
                 dept="棠梨县商务局", unit="棠梨县电子商务服务中心", attr="新增项目",
                 money=period((wan(150), wan(120), wan(30)), (wan(70), wan(60), wan(10))),
                 goals=["两年培训绣娘网店运营人员500人，孵化绣品网店40家。",
                        "2025年培训250人，孵化网店20家。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "网店运营培训人数", "≥500人",
         mk("≥600人", "D201", "error", note="年度累计人数大于两年合计")),
        (None, None, "孵化绣品网店数量", "≥40家",
         mk("≥40家", "D202", "warning", note="两年累计数照抄到年度，年度目标写 20 家")),
        (None, "质量指标", "学员结业考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1000元/人", "≤1000元/人"),
        ("效益指标", "经济效益指标", "孵化网店年均销售额", "≥5万元", "≥3万元"),
        (None, "可持续影响指标", "网店持续经营率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训绣娘满意度", "≥90%", "≥90%"),
    ], head=head)  # fmt: skip
    sign(s, "吴小燕", "0855-4417339")
    return b
