"""当归初加工: drying subsidies, slicing workshops, cooperatives, stacked projects, an export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout651.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    periods,
    signature,
    start,
    wan,
)
from tests.variants.holdout651.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("gk01-drying-subsidy", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percents, "
         "万元 format (correct)")  # fmt: skip
def drying_subsidy() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="当归产地初加工烘干设备补助项目",
                 dept="洮归县农业农村局（312001）", unit="洮归县中药材产业发展中心",
                 money=one_year(wan(80), wan(70), wan(10)),
                 goals=["补助合作社及种植大户购置或改造当归烘干设备40台（其中新购28台、"
                        "改造12台），替代柴火熏干，全年烘干鲜归不少于3000吨。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "烘干设备补助数量", "≥", 40, "台"),
        (None, None, "其中新购烘干设备数量", "≥", 28, "台"),
        (None, None, "烘干鲜归量", "≥", 3000, "吨"),
        (None, "质量指标", "烘干当归水分达标率", "≥", pct(0.95), None),
        (None, None, "补助设备验收合格率", "=", pct(1), None),
        (None, "时效指标", "验收后补助资金兑付时限", "≤", 30, "个工作日"),
        ("成本指标", "经济成本指标", "单台设备补助标准", "≤", 1.5, "万元/台"),
        ("效益指标", "经济效益指标", "初加工当归每公斤增收", "≥", 2, "元"),
        (None, "生态效益指标", "柴火熏干用柴量下降率", "≥", pct(0.6), None),
        (None, "可持续影响指标", "烘干设备正常使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥", pct(0.9), None),
    ]
    indicators(s, OPS, rows, label="绩效指标")
    signature(s, "郝明川", "0937-4418265")
    return b


@variant("gk02-slicing-workshops", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count against the goal "
         "and above the period")  # fmt: skip
def slicing_workshops() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="当归切片初加工车间建设项目",
                 dept="云岔市农业农村局（405002）", unit="云岔市岭关镇人民政府", attr="新增项目",
                 money=periods((wan(300), wan(270), wan(30)), (wan(120), wan(100), wan(20))),
                 goals=["三年建成标准化当归切片初加工车间6个，带动初加工户900户，"
                        "切片原料合格率达到95%以上。",
                        "2025年建成切片车间3个，带动初加工户300户。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "切片车间建成数量", "≥6个",
         mk("≥2个", "D104", "warning", row=True,
            note="年度目标写2025年建成3个，年度指标值却是2个；40万元/个×3=120万元也按3个算")),
        (None, None, "带动初加工户数", "≥900户",
         mk("≥1200户", "D201", "error", alt=("D104",),
            note="年度1200户大于三年900户，年度目标写300户")),
        (None, "质量指标", "切片原料合格率", "≥95%", "≥95%"),
        (None, "时效指标", "车间建设完成时限", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个车间建设补助", "≤50万元/个", "≤40万元/个"),
        ("效益指标", "经济效益指标", "切片当归溢价率", "≥10%", "≥10%"),
        (None, "可持续影响指标", "车间持续运营年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "初加工户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO, rows, label="绩效指标")
    signature(s, "车秀岚", "0937-5526031")
    return b


@variant("gk03-cooperative-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), "
         "weights 100 (correct)")  # fmt: skip
def cooperative_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="洮归县中药材产业发展中心",
                    budget=[(wan(420), wan(380), wan(40), wan(150), wan(270))],
                    tasks=[("当归初加工技术推广", "培训种植户和初加工户，推广烘干替代熏干",
                            wan(160), "培训800人次，其中合作社骨干200人次"),
                           ("合作社初加工能力提升", "扶持示范合作社改造初加工场所",
                            wan(110), "扶持示范合作社12个"),
                           ("金额合计", None, wan(270), None)],
                    goal="目标1：培训当归种植户和初加工户800人次（其中合作社骨干200人次）；"
                         "目标2：扶持初加工示范合作社12个，"
                         "硫磺使用量比上年下降40%以上。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值", None)
    s.table([
        ("当归初加工技术培训人次", 15, "人次", "≥", 800),
        ("初加工示范合作社数量", 15, "个", "≥", 12),
        ("初加工当归抽样合格率", 20, "%", "≥", pct(0.95)),
        ("硫磺使用量下降率", 15, "%", "≥", 40),
        ("培训需求响应时间", 10, "个工作日", "≤", 5),
        ("合作社社员满意度", 15, "%", "≥", 90),
        ("初加工户亩均增收", 10, "元", "≥", 300),
    ])  # fmt: skip
    signature(s, "邢国栋", "0937-4410572")
    return b


@variant("gk04-processing-department", (12, 4),
         "department, NAT-2021, tasks not adding to 金额合计, a task's count against its "
         "indicator, one indicator twice; note rows and a signature line")  # fmt: skip
def processing_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="归谷镇农业综合服务中心",
                    budget=[(wan(260), wan(230), wan(30), wan(110), wan(150))],
                    tasks=[("初加工技术培训", "培训初加工户600人次", wan(45), "培训600人次"),
                           ("熏干改烘干示范", "建设烘干示范点5个", wan(60), "示范点5个"),
                           ("初加工场所卫生整治", "整治初加工场所200户", wan(40), "整治200户"),
                           ("金额合计", None,
                            mk(wan(150), "B102", "error",
                               note="45+60+40=145，金额合计写150"), None)],
                    goal="全年培训初加工户600人次，建设烘干示范点5个，"
                         "整治初加工场所200户。")  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None)
    s.table([
        ("产出指标", "数量指标", "初加工技术培训人次",
         mk("≥500人次", "D104", "warning", row=True, note="任务与目标写600人次"), "按签到表统计"),
        (None, None, "烘干示范点建设数量", "≥5个", None),
        (None, None, "初加工场所卫生整治户数", "≥200户", None),
        (None, "质量指标", "示范点烘干当归合格率", "≥95%", None),
        (None, None, mk("初加工场所卫生整治户数", "D101", "warning", row=True,
                        alt=("D102", "D103", "F201"), note="与数量指标下的同一指标重复"),
         "≥200户", None),
        ("注：本表指标依据年度主要任务逐项设置", "", None, None, None),
        ("成本指标", "经济成本指标", "单个示范点建设成本", "≤12万元/个", None),
        ("效益指标", "社会效益指标", "初加工环节硫磺熏蒸户数下降率", "≥30%", None),
        ("满意度指标", "服务对象满意度指标", "初加工户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标值应填写比较符、数值和计量单位。", "说明：单位盖章后报送。")
    signature(s, "蒲晓雯", "0937-6613948")
    return b


OLD = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)


@variant("gk05-stacked-yard-and-service", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "with different values in each, a footnote explaining a total (correct)")  # fmt: skip
def stacked_yard_and_service() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="当归鲜货清洗晾晒场建设项目", dept="洮归县农业农村局",
                 unit="洮归县青柏乡人民政府", money=one_year(wan(60), wan(50), wan(10)),
                 goals=["在青柏乡建设当归鲜货清洗晾晒场10个，每个补助不超过5万元。"])  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标", "清洗晾晒场建设数量", "≥10个"),
        (None, "质量指标", "晾晒场验收合格率", "≥95%"),
        (None, "时效指标", "晾晒场建成时间", "2025年8月31日前"),
        (None, "成本指标", "单个晾晒场补助标准", "≤5万元/个"),
        ("效益指标", "经济效益指标", "鲜归霉变损耗下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "初加工户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    notes(s, "注：项目资金60万元含受益合作社自筹10万元，财政补助50万元按10个场地拨付。")
    s.skip(2)
    s.title(f"{YEAR}年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=YEAR, title="", name="当归初加工技术服务项目",
                 dept="洮归县农业农村局", unit="洮归县农业技术推广站",
                 money=one_year(wan(30), wan(30), wan(0)),
                 goals=["开展当归清洗、晾晒、烘干初加工技术培训800人，"
                        "印发技术手册2000册。"])  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标", "初加工技术培训人数", "≥800人"),
        (None, None, "技术手册印发数量", "≥2000册"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤300元/人"),
        ("效益指标", "社会效益指标", "初加工技术掌握率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "初加工户满意度", "≥92%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "郝明川", "0937-4418265")
    return b


@variant("gk06-system-export", (7,),
         "project, budget-system export: head on 05-1, indicators on 05-2 under 预期目标 with "
         "codes in the first column; last season's deadline, a rate under 时效")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(s, year=YEAR, name="当归初加工质量提升项目",
                 dept="洮归县农业农村局（312001）", unit="洮归县农产品加工服务站",
                 money=one_year(wan(55), wan(55), wan(0)),
                 goals=["2025年10月底前完成初加工点烘干设备安装22套，"
                        "初加工当归含水量合格率达到95%以上。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 16, 30, 20, 12))
    t.title("项目支出绩效目标表", 6)
    t.row("单位：洮归县农产品加工服务站", None, None, None, "金额单位：万元", None,
          merge=[(1, 4)])  # fmt: skip
    t.row("指标编码", "一级指标", "二级指标", "三级指标", "预期目标", "计量单位")
    t.table([
        ("010101", "产出指标", "数量指标", "烘干设备安装数量", "≥22", "套"),
        ("010201", None, "质量指标", "设备安装验收合格率", "≥98", "%"),
        ("010301", None, "时效指标", "设备安装完成时间",
         mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y103", "Y101", "D104"),
            note="上一年度的期限；年度目标写2025年10月底前"), None),
        ("010302", None, None,
         mk("初加工当归含水量合格率", "F201", "warning", row=True,
            note="合格率属质量指标，填在时效指标下"), "≥95", "%"),
        ("020101", "成本指标", "经济成本指标", "单套设备安装补助", "≤2.5", "万元/套"),
        ("030101", "效益指标", "经济效益指标", "初加工当归收购价提高", "≥1.5", "元/公斤"),
        ("040101", "满意度指标", "服务对象满意度指标", "初加工点满意度", "≥90", "%"),
    ], merged=(2, 3))  # fmt: skip
    return b
