"""Returns nm01–nm06: a 封面 sheet before the sheet with the table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout159.common import YEAR, cover, multi_year, one_year, sign_lines
from tests.variants.holdout159.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("nm01-cover-words-in-values", (4, 7),
         "project, OLD-NAT, a 封面 sheet, operators in words inside the values (不少于, 不低于, "
         "不超过), a 个百分点 change, goal text with line breaks; correct")  # fmt: skip
def nm01() -> Book:
    b = Book()
    cover(b, kind="项目支出绩效目标申报表", unit="青禾县农业技术推广中心",
          dept="青禾县农业农村局", project="耕地土壤改良示范项目")  # fmt: skip
    s = b.sheet("绩效目标表", widths=(14, 14, 28, 20, 18))
    project_head(s, year=YEAR, name="耕地土壤改良示范项目", dept="青禾县农业农村局（402）",
                 unit="青禾县农业技术推广中心", money=one_year(60, 60, 0),
                 goals=["1.完成耕地土壤改良示范1200亩；\n2.布设土壤采样检测点位60个；\n"
                        "3.带动周边农户150户应用改良技术。"])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "土壤改良示范面积", "不少于1200亩", None),
        (None, None, "土壤采样检测点位", "不少于60个", None),
        (None, "质量指标", "检测数据合格率", "不低于95%", None),
        (None, "时效指标", "改良作业完成时间", "2026年10月31日前", None),
        (None, "成本指标", "每亩土壤改良补助标准", "不超过350元/亩", "按实际面积结算"),
        ("效益指标", "经济效益指标", "示范区亩均增产", "不少于30公斤", None),
        (None, "社会效益指标", "带动周边农户应用改良技术", "不少于150户", None),
        (None, "可持续影响指标", "示范区土壤有机质含量较上年提高", "不低于0.2个百分点", "参考上年"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "不低于90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign_lines(s, "周立群", "0731-5521046")
    return b


@variant("nm02-cover-department-weights", (3, 4),
         "department, NAT-2021, a 封面 sheet, 序号 column, 权重 adding to 100, 万人次, 备注 "
         "notes (按季度统计, 参考上年); correct")  # fmt: skip
def nm02() -> Book:
    b = Book()
    cover(b, kind="部门整体支出绩效目标申报表", unit="云溪市文化馆", dept="云溪市文化和旅游局",
          filed=(YEAR - 1, 11, 12), contact="韩晓岚 0579-6630218")  # fmt: skip
    s = b.sheet("整体绩效目标", widths=(8, 14, 16, 30, 16, 10, 16))
    department_head(s, year=YEAR, dept="云溪市文化馆", budget=[(860, 820, 40, 610, 250)],
                    tasks=[("群众文化活动", "组织广场文艺、节庆展演", 120,
                            "全年举办群众文化活动80场"),
                           ("非遗保护传承", "非遗项目记录、传承人扶持", 80,
                            "非遗项目记录档案完整"),
                           ("公益文艺培训", "开设舞蹈、声乐、书法公益班", 50,
                            "培训1.2万人次"),
                           ("金额合计", None, 250, None)],
                    goal="1.丰富群众文化生活，全年举办群众文化活动80场；\n"
                         "2.做好非遗保护传承；\n3.开展公益文艺培训1.2万人次。")  # fmt: skip
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    s.table([
        (1, "产出指标", "数量指标", "举办群众文化活动场次", "≥80场", 15, "按季度统计"),
        (2, None, None, "公益文艺培训人次", "≥1.2万人次", 10, None),
        (3, None, "质量指标", "非遗项目记录档案完整率", pct(0.95), 10, None),
        (4, None, "时效指标", "年度活动计划按期完成率", pct(1), 10, None),
        (5, "成本指标", "经济成本指标", "单场群众文化活动平均成本", "≤1.5万元", 10, None),
        (6, "效益指标", "社会效益指标", "群众文化活动参与人次", "≥25万人次", 15, "参考上年"),
        (7, None, None, "公共文化服务覆盖行政村比例", "≥90%", 10, None),
        (8, None, "可持续影响指标", "基层文艺团队持续活动数量", "≥40个", 10, None),
        (9, "满意度指标", "服务对象满意度指标", "参与群众满意度", "≥92%", 10, "参考上年"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("nm03-cover-weights-short", (3, 11),
         "project, OLD-NAT, a 封面 sheet, 权重 column adding to 95, a 投诉率 written 不少于; "
         "2 planted mistakes")  # fmt: skip
def nm03() -> Book:
    b = Book()
    cover(b, kind="项目支出绩效目标申报表", unit="柘塘区民政局", dept="柘塘区民政局",
          project="社区居家养老上门服务项目", filed=(YEAR - 1, 11, 25))  # fmt: skip
    s = b.sheet("项目绩效目标", widths=(14, 14, 28, 20, 10, 16))
    project_head(s, year=YEAR, name="社区居家养老上门服务项目", dept="柘塘区民政局（305）",
                 unit="柘塘区民政局", money=one_year(100, 90, 10),
                 goals=["为辖区600名经济困难、高龄独居老人提供上门助餐、助洁、探访等服务，\n"
                        "全年服务1.8万人次。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    s.table([
        ("产出指标", "数量指标", "上门服务老人数", "不少于600人", 15, None),
        (None, None, "上门服务人次", "不少于1.8万人次", 10, "按季度统计"),
        (None, "质量指标", "服务记录规范率", "不低于95%", 10, None),
        (None, None, "服务投诉率",
         mk("不少于2%", "T108", "warning", row=True,
            note="a complaint rate is 反向: 不少于 (≥) should be 不高于"), 5, None),
        (None, "时效指标", "服务需求响应时限", "不超过24小时", 10, None),
        (None, "成本指标", "每人年服务补助标准", "不超过1500元/人", 10, None),
        ("效益指标", "社会效益指标", "独居老人安全探访覆盖率", "不低于95%", 15, None),
        (None, "可持续影响指标", "培育社区为老服务志愿者", "不少于120人", 10, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "不低于90%", 10, "参考上年"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    sign_lines(s, "林秀芝", "0512-8836721")
    return b


@variant("nm04-cover-multi-year", (4, 8),
         "three-year project, NAT-2021, a 封面 sheet, 实施期目标值 and 2026年目标值 columns, "
         "中期 and 年度 money; correct")  # fmt: skip
def nm04() -> Book:
    b = Book()
    cover(b, kind="项目支出绩效目标申报表", unit="麓川县水务局", dept="麓川县水务局",
          project="农村供水保障提升工程", filed=(YEAR - 1, 10, 30))  # fmt: skip
    s = b.sheet("绩效目标", widths=(14, 16, 28, 20, 20, 14))
    project_head(s, year=YEAR, years=3, name="农村供水保障提升工程",
                 dept="麓川县水务局（217）", unit="麓川县水务局", attr="新增项目",
                 money=multi_year((900, 810, 90), (300, 270, 30)),
                 goals=["1.至2028年改造农村供水管网45公里，新建村级净水设施18座；\n"
                        "2.受益农村人口3.6万人。",
                        "1.2026年改造农村供水管网15公里，新建村级净水设施6座；\n"
                        "2.受益农村人口1.2万人。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期目标值", "2026年目标值", "备注")
    s.table([
        ("产出指标", "数量指标", "改造农村供水管网长度", "≥45公里", "≥15公里", None),
        (None, None, "新建村级净水设施", "≥18座", "≥6座", None),
        (None, "质量指标", "出厂水水质检测达标率", "≥95%", "≥95%", "按季度统计"),
        (None, "时效指标", "年度工程完工时间", "2028年11月30日前", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "≤12万元/公里", "≤12万元/公里", None),
        ("效益指标", "社会效益指标", "受益农村人口", "≥3.6万人", "≥1.2万人", None),
        (None, "可持续影响指标", "供水工程设计使用年限", "≥20年", "≥20年", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", "参考上年"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("nm05-cover-ranges-permille", (1, 4),
         "project, OLD-NAT, a 封面 sheet, one value column headed 2026年目标值, ranges "
         "(95%-98%, 3～5天), a 死亡率 in ‰ with ≤, a 个百分点 change; correct")  # fmt: skip
def nm05() -> Book:
    b = Book()
    cover(b, kind="项目支出绩效目标申报表", unit="汀兰镇卫生院", dept="青禾县卫生健康局",
          project="基本公共卫生服务项目", filed=(YEAR - 1, 12, 3))  # fmt: skip
    s = b.sheet("绩效目标表", widths=(14, 14, 30, 18, 16))
    project_head(s, year=YEAR, name="基本公共卫生服务项目", dept="青禾县卫生健康局（418）",
                 unit="汀兰镇卫生院", attr="常年项目", money=one_year(50, 45, 5),
                 goals=["1.为辖区老年人开展健康体检4200人；\n2.家庭医生签约服务1.1万人；\n"
                        "3.做好孕产妇和儿童健康管理。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "2026年目标值", "备注")
    s.table([
        ("产出指标", "数量指标", "老年人健康体检人数", "≥4200人", None),
        (None, None, "家庭医生签约服务人数", "≥1.1万人", None),
        (None, "质量指标", "居民电子健康档案规范建档率", "95%-98%", "参考上年"),
        (None, "时效指标", "体检结果反馈时限", "3～5天", None),
        (None, "成本指标", "老年人人均体检经费", "≤80元/人", None),
        ("效益指标", "社会效益指标", "婴儿死亡率", "≤5‰", "按季度统计"),
        (None, None, "居民健康素养水平较上年提高", "≥2个百分点", None),
        (None, "可持续影响指标", "高血压患者规范管理率", pct(0.65), None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    sign_lines(s, "沈雨桐", "0731-5532190")
    return b


@variant("nm06-cover-range-over-100", (1, 4),
         "project, OLD-NAT, a 封面 sheet, a range 95%-105% on a 合格率 and a 覆盖率 given in "
         "万人次; 2 planted mistakes")  # fmt: skip
def nm06() -> Book:
    b = Book()
    cover(b, kind="项目支出绩效目标申报表", unit="云溪市体育事业发展中心",
          dept="云溪市体育局", project="全民健身设施更新项目")  # fmt: skip
    s = b.sheet("绩效目标表", widths=(14, 14, 28, 20, 16))
    project_head(s, year=YEAR, name="全民健身设施更新项目", dept="云溪市体育局（611）",
                 unit="云溪市体育事业发展中心", attr="一次性项目",
                 money=one_year(200, 150, 50), start=day(YEAR, 3, 1),
                 goals=["1.更新社区健身器材320件；\n2.新建健身步道6公里；\n"
                        "3.方便群众就近健身。"])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "更新社区健身器材", "≥320件", None),
        (None, None, "新建健身步道", "≥6公里", None),
        (None, "质量指标", "器材安装验收合格率",
         mk("95%-105%", "T106", "error", note="a 合格率 cannot reach past 100%"), None),
        (None, "时效指标", "更新工作完成时间", "2026年9月30日前", None),
        (None, "成本指标", "每件器材平均购置成本", "≤0.4万元/件", None),
        ("效益指标", "社会效益指标", "健身设施服务覆盖率",
         mk("≥5万人次", "T105", "error", note="a 覆盖率 needs a percentage, not 人次"),
         "按季度统计"),
        (None, "可持续影响指标", "器材质保期", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b
