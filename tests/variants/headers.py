"""Items 6, 7 and 13: template rows left empty (and so messages about rows without a name);
tables found by the words offices use, after a long money block or on a second sheet."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, mk, variant


@variant("e01-template-rows", (6, 13), "project, NAT-2021, header 预期目标; tier-2 labels left "
         "without indicators, a value without a name")  # fmt: skip
def e01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="社区嵌入式托育服务点建设", dept="青岚市卫生健康委员会",
        unit="青岚市妇幼保健院",
        money=[("年度资金总额", 240, "其中：财政拨款", 240), (None, None, "其他资金", 0)],
        goals=["新建8个社区嵌入式托育服务点，新增普惠托位400个。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "预期目标"],
        ["产出指标", "数量指标", "新建社区托育服务点", "≥8个"],
        [None, None, "新增普惠性托位", "≥400个"],
        [None, None, mk(None, "F110", "error", note="value without a name"), "≥1200人次"],
        [None, "质量指标", "托育服务点备案率", "=100%"],
        [None, "时效指标", "服务点建设完成时间", "2025年9月30日前"],
        ["成本指标", "经济成本指标", "每个托位建设补助", "≤0.6万元/个"],
        [None, mk("生态环境成本指标", "F109", "warning", row=True), None, None],
        ["效益指标", "社会效益指标", "社区托育服务覆盖率", "≥60%"],
        [None, mk("生态效益指标", "F109", "warning", row=True), None, None],
        [None, "可持续影响指标", "托育服务点运营管理制度", "健全"],
        ["满意度指标", "服务对象满意度指标", "入托婴幼儿家长满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("e02-template-rows-department", (6, 13), "department, NAT-2021, 实施周期 and 年度 "
         "columns; an empty tier-2 and a name cell holding only a full-width space")  # fmt: skip
def e02() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="临溪县退役军人事务局",
        budget=[(860, 860, 0, 310, 550)],
        goal="做好退役军人就业创业扶持、优抚对象抚恤优待和光荣院服务保障。",
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
        ["产出指标", "数量指标", "退役军人适应性培训人数", "≥300人", "≥300人"],
        [None, None, "优抚对象定期抚恤补助人数", "≥2100人", "≥2100人"],
        [None, "质量指标", "抚恤补助资金发放准确率", "=100%", "=100%"],
        [None, "时效指标", "抚恤补助按时发放率", "≥98%", "≥98%"],
        ["成本指标", "经济成本指标", "人均适应性培训费用", "≤2000元/人", "≤2000元/人"],
        ["效益指标", "社会效益指标", "有就业意愿退役军人就业率", "≥90%", "≥90%"],
        [None, mk("可持续影响指标", "F109", "warning", row=True), None, None, None],
        ["满意度指标", "服务对象满意度指标", "退役军人及优抚对象满意度", "≥90%", "≥90%"],
        [None, None, mk("　", "F110", "error", note="only a full-width space"), "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("h01-header-content-standard", (7,), "project, OLD-NAT, headers 指标内容 and 绩效标准")
def h01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="中小学生免费视力筛查", dept="白沙河区教育局",
        unit="白沙河区中小学卫生保健所",
        money=[("年度资金总额", 45, "其中：财政拨款", 45), (None, None, "其他资金", 0)],
        goals=["为全区中小学生免费开展两次视力筛查，建立视力健康档案。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "指标内容", "绩效标准"],
        ["产出指标", "数量指标", "视力筛查学生人次", "≥90000人次"],
        [None, "质量指标", "视力健康档案建档率", "≥98%"],
        [None, "时效指标", "筛查结果反馈时限", "≤10个工作日"],
        [None, "成本指标", "每人次筛查费用", "≤5元/人次"],
        ["效益指标", "社会效益指标", "近视学生转诊干预率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("h02-header-assessment", (7,), "project, NAT-2021, headers 考核指标, 目标值（年度） "
         "and a 评价标准 scoring column")  # fmt: skip
def h02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 16, 40))
    project_head(
        s, year=2025, name="城市社区公共体育设施更新", dept="青岚市体育局",
        unit="青岚市全民健身指导中心",
        money=[("年度资金总额", 300, "其中：财政拨款", 300), (None, None, "其他资金", 0)],
        goals=["更新100个社区全民健身路径，配建10个笼式多功能运动场。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"],
        ["产出指标", "数量指标", "更新全民健身路径", "≥100个", "每少1个扣0.2分"],
        [None, None, "配建笼式多功能运动场", "≥10个", "每少1个扣1分"],
        [None, "质量指标", "器材安装验收合格率", "=100%", "每低1个百分点扣0.5分"],
        [None, "时效指标", "设施更新完成时间", "2025年11月30日前", "逾期不得分"],
        ["成本指标", "经济成本指标", "每个运动场建设费用", "≤18万元", "超出不得分"],
        ["效益指标", "社会效益指标", "社区居民经常参加体育锻炼人数比例", "≥40%",
         "达到目标值得满分"],
        ["满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%",
         "90%及以上得满分，每低1个百分点扣0.5分"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("h03-after-money-block", (7, 12), "project, OLD-NAT, a 20-line budget detail block "
         "above the indicator table, header 绩效目标值")  # fmt: skip
def h03() -> Book:
    b = Book()
    s = b.sheet("非遗保护", widths=(10, 30, 16, 30, 18))
    project_head(
        s, year=2025, name="非物质文化遗产保护传承", dept="临溪县文化广电和旅游局",
        unit="临溪县文化馆",
        money=[("年度资金总额", 200, "其中：财政拨款", 200), (None, None, "其他资金", 0)],
        goals=["开展非遗项目记录、传承人培训和非遗进校园活动，支持10个传承基地。"],
    )  # fmt: skip
    s.row("序号", "支出内容", "金额（万元）", "测算依据")
    items = [
        ("非遗项目影像记录", 24), ("传承人口述史整理", 8), ("传承人培训", 15),
        ("传承基地补助", 50), ("非遗进校园活动", 12), ("非遗展演", 18), ("非遗展示馆布展", 20),
        ("非遗数据库维护", 6), ("非遗保护专家咨询", 4), ("普查资料数字化", 9),
        ("传统工艺工作站", 10), ("非遗宣传品制作", 5), ("非遗保护工作会议", 2),
        ("非遗代表性项目申报", 3), ("传承人年度评估", 2), ("非遗文创开发", 4),
        ("非遗节庆活动", 6), ("档案整理", 1.5), ("设备购置", 0.5),
    ]  # fmt: skip
    for i, (name, amount) in enumerate(items, start=1):
        s.row(i, name, amount, "按实际工作量测算")
    s.row("合计", None, 200, None)
    s.skip()
    s.table([
        ["一级指标", "二级指标", "三级指标", "绩效目标值"],
        ["产出指标", "数量指标", "支持非遗传承基地", "≥10个"],
        [None, None, "培训非遗传承人", "≥150人次"],
        [None, "质量指标", "非遗影像记录成果验收合格率", "≥95%"],
        [None, "时效指标", "传承基地补助拨付及时率", "≥95%"],
        [None, "成本指标", "每个传承基地补助", "≤5万元"],
        ["效益指标", "社会效益指标", "非遗进校园覆盖学校比例", "≥30%"],
        [None, "可持续影响指标", "非遗传承人梯队", "稳定"],
        ["满意度指标", "服务对象满意度指标", "传承人及参与群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("h04-second-sheet", (7,), "project: head on the first sheet, the indicator table on a "
         "second sheet under header 预期实现值, one rate given as a count")  # fmt: skip
def h04() -> Book:
    b = Book()
    s = b.sheet("项目基本情况")
    project_head(
        s, year=2025, name="农村客运公交化改造", dept="临溪县交通运输局",
        unit="临溪县道路运输服务中心",
        money=[("年度资金总额", 380, "其中：财政拨款", 380), (None, None, "其他资金", 0)],
        goals=["完成8条农村客运线路公交化改造，建制村通客车率保持100%。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    t.row("项目名称：农村客运公交化改造", None, None, "单位：万元", merge=[(1, 3)])
    t.table([
        ["一级指标", "二级指标", "三级指标", "预期实现值"],
        ["产出指标", "数量指标", "公交化改造线路", "≥8条"],
        [None, None, "更新新能源客车", "≥24辆"],
        [None, "质量指标", "客车安全技术检验合格率", "=100%"],
        [None, None, "线路公交化改造完成率", mk("8条", "T105", "error")],
        [None, "时效指标", "线路开通时间", "2025年9月30日前"],
        [None, "成本指标", "每辆新能源客车购置补助", "≤12万元/辆"],
        ["效益指标", "社会效益指标", "建制村通客车率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "沿线乘客满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b
