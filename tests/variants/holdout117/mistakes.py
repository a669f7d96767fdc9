"""Returns of 乡镇, 街道, 学校 and 卫生院 with one to three ordinary mistakes each, marked where a
careful reviewer marks them."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout117.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout117.registry import variant
from tests.variants.kit import Book, mk, pct

OLD5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
COL7 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")


@variant(
    "lw11-township-money-rate-count",
    (12, 1),
    "乡镇政府: project, OLD-NAT; 资金总额 ≠ "
    "财政拨款 + 其他资金 in both blocks, a 覆盖率 given in 户",
)
def lw11() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 14, 30, 16, 16, 36))
    bad = "95 ≠ 80 + 10"
    project_head(
        s,
        year=YEAR,
        name="综治维稳及矛盾纠纷排查化解",
        dept="黄茅镇人民政府",
        unit="黄茅镇人民政府综治中心",
        money=[
            (
                "中期资金总额",
                mk(wan(95), "B101", "error", note=bad),
                "年度资金总额",
                mk(wan(95), "B101", "error", note=bad),
            ),
            ("其中：财政拨款", wan(80), "其中：财政拨款", wan(80)),
            ("其他资金", wan(10), "其他资金", wan(10)),
        ],
        goals=(
            "健全镇村两级矛盾纠纷排查化解机制，开展入户走访，重点人员稳控到位，"
            "全年不发生重大群体性事件。",
        ),
    )
    indicators(
        s,
        OLD5,
        [
            ("产出指标", "数量指标", "矛盾纠纷排查次数", "≥12次", "每月一次，村（居）同步开展"),
            (None, None, "入户走访覆盖率", mk("≥1,200户", "T105", "error"), "全镇常住户约1,300户"),
            (None, None, "村级调解员培训人次", "≥ 60 人次", None),
            (None, "质量指标", "矛盾纠纷调处成功率", "≥ 95 ％", None),
            (None, "时效指标", "一般纠纷调处时限", "≤ 15 天", "自受理之日起"),
            (None, "成本指标", "村级调解员误工补贴标准", "≤ 100元/人·天", None),
            ("效益指标", "社会效益指标", "重大群体性事件发生数", "0起", None),
            (None, "可持续影响指标", "矛盾纠纷多元化解机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥ 90 ％", None),
        ],
    )
    footer(s, None, "孙婷", "谢永福", "0739-6617210", f"{YEAR - 1}年11月19日")
    return b


@variant(
    "lw12-street-tasks-direction",
    (12, 11),
    "街道办: 部门整体, OLD-NAT, 比较符 column; "
    "tasks that do not add up to 金额合计, ≥ on a complaint rate",
)
def lw12() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 16, 30, 10, 12, 12, 30))
    department_head(
        s,
        year=YEAR,
        dept="城南街道办事处",
        budget=[(wan(2150), wan(2100), wan(50), wan(1580), wan(570))],
        goal="保障机关和社区正常运转，做好城市管理、社区治理和民生服务。",
        tasks=[
            ("社区治理", "10个社区工作经费", wan(96), "社区正常运转"),
            ("城市管理", "保洁外包及市容整治", wan(150), "市容整洁"),
            ("民生服务", "居家养老及困难救助", wan(124), "应保尽保"),
            ("平安建设", "网格化及综治维稳", wan(190), "社会稳定"),
            (
                "金额合计",
                None,
                mk(wan(570), "B102", "error", alt=("B101",), note="96 + 150 + 124 + 190 = 560"),
                None,
            ),
        ],
    )
    indicators(
        s,
        COL7,
        [
            ("产出指标", "数量指标", "保障社区个数", "≥", 10, "个", None),
            (None, None, "居家养老服务人次", "≥", 3600, "人次", None),
            (None, "质量指标", "市容环境考核达标率", "≥", pct(0.95), "%", None),
            (
                None,
                None,
                "群众有效投诉率",
                mk("≥", "T108", "warning", row=True),
                pct(0.02),
                "%",
                "以12345热线有效投诉计",
            ),
            (None, "时效指标", "热线工单按时办结率", "≥", pct(0.95), "%", None),
            (None, "成本指标", "居家养老服务单价", "≤", 50, "元/人次", None),
            ("效益指标", "社会效益指标", "辖区安全感", "≥", pct(0.95), "%", None),
            ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥", pct(0.9), "%", None),
        ],
    )
    footer(s, None, "邓佳", "许志明", "0739-5578123", f"{YEAR - 1}年11月20日", 7)
    return b


@variant(
    "lw13-school-over-100-duplicate",
    (1, 9),
    "中心小学: project, OLD-NAT, 比较符 column; "
    "a participation rate of 105 %, one indicator twice with different targets",
)
def lw13() -> Book:
    b = Book()
    s = b.sheet("课后服务", (14, 14, 30, 10, 12, 12, 30))
    project_head(
        s,
        year=YEAR,
        name="义务教育课后服务补助",
        dept="沙坪乡中心小学",
        unit="沙坪乡中心小学",
        money=project_money((30.6, 30.6, 0)),
        goals=("开展课后服务，满足学生多样化需求，每周5天、每天2课时。",),
    )
    indicators(
        s,
        COL7,
        [
            ("产出指标", "数量指标", "参加课后服务学生人数", "≥", 420, "人", "全校在校生450人"),
            (None, None, "开设兴趣课程门数", "≥", 12, "门", None),
            (
                None,
                "质量指标",
                "课后服务学生参与率",
                "≥",
                mk(pct(1.05), "T106", "error"),
                "%",
                None,
            ),
            (None, None, "课后服务安全事故发生数", "=", 0, "起", None),
            (None, "时效指标", "补助资金按学期发放及时率", "≥", pct(0.98), "%", None),
            (None, "成本指标", "生均课后服务补助标准", "≤", 720, "元/人·年", "按420人测算"),
            (
                "效益指标",
                "社会效益指标",
                "参加课后服务学生人数",
                "≥",
                mk(380, "D102", "error", row=True, alt=("D101", "D103")),
                "人",
                None,
            ),
            (None, "可持续影响指标", "课后服务管理制度", "定性", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%", None),
        ],
    )
    footer(s, None, "冉小梅", "张国华", "0739-7361208", f"{YEAR - 1}年11月26日", 7)
    return b


@variant(
    "lw14-health-three-years-copied",
    (8,),
    "乡镇卫生院: three-year project, OLD-NAT, "
    "中期 and 年度 columns; cumulative counts copied into 年度",
)
def lw14() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 14, 30, 16, 16, 30))
    project_head(
        s,
        year=YEAR,
        years=3,
        name="村卫生室标准化建设",
        dept="杉木镇卫生院",
        unit="杉木镇卫生院",
        attr="新增项目",
        money=project_money((270, 270, 0), (90, 90, 0)),
        goals=(
            "三年内完成全镇18个村卫生室标准化建设，配齐基本设备，培训乡村医生。",
            "完成6个村卫生室标准化建设，配置设备18台套，培训乡村医生40人次。",
        ),
    )
    dup = "中期值照抄到年度，也与年度目标文字（6个、18台套、40人次）不符"
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "标准化建设村卫生室个数",
                "≥18个",
                mk("≥18个", "D202", "warning", alt=("D104",), note=dup),
                "每年6个",
            ),
            (
                None,
                None,
                "配置基本设备",
                "≥54台套",
                mk("≥54台套", "D202", "warning", alt=("D104",), note=dup),
                None,
            ),
            (
                None,
                None,
                "培训乡村医生",
                "≥120人次",
                mk("≥120人次", "D202", "warning", alt=("D104",), note=dup),
                None,
            ),
            (None, "质量指标", "建设项目验收合格率", "＝100％", "＝100％", None),
            (None, "时效指标", "年度建设任务完成率", "＝100％", "＝100％", None),
            (None, "成本指标", "单个村卫生室建设补助", "≤ 15万元/个", "≤ 15万元/个", None),
            ("效益指标", "社会效益指标", "村民就近就医比例", "≥ 70 ％", "≥ 60 ％", None),
            (None, "可持续影响指标", "村卫生室运行管理机制", "健全", "建立", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥ 90 ％", "≥ 90 ％", None),
        ],
    )
    footer(s, None, "杨晓", "向成", "0739-8871102", f"{YEAR - 1}年11月20日")
    return b


@variant(
    "lw15-township-no-benefit-tier",
    (5,),
    "乡镇政府: project, OLD-NAT, no 效益指标 block, a deadline in the year before the budget year",
)
def lw15() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 14, 30, 16, 36, 14))
    project_head(
        s,
        year=YEAR,
        name="防汛抗旱及地质灾害防治",
        dept="竹山镇人民政府",
        unit="竹山镇人民政府应急办",
        money=project_money((38, 38, 0)),
        goals=("做好汛期值守和地质灾害隐患点监测，储备防汛物资，确保安全度汛。",),
    )
    indicators(
        s,
        OLD5,
        [
            ("产出指标", "数量指标", "地质灾害隐患点监测个数", "≥23个", "全镇登记在册23处"),
            (None, None, "防汛应急演练次数", "≥2次", None),
            (None, None, "储备编织袋", "≥ 5,000 条", None),
            (None, "质量指标", "隐患点群测群防员到岗率", "＝100％", None),
            (
                None,
                "时效指标",
                "防汛物资采购入库时间",
                mk(f"{YEAR - 1}年4月30日前", "Y102", "error", alt=("Y101", "Y103")),
                "汛期前完成",
            ),
            (None, "成本指标", "群测群防员补贴标准", "≤ 2,400 元/人·年", "23人"),
            ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥ 90 ％", None),
        ],
    )
    b.file_mark("F106", "error", note="no 效益指标 tier")
    footer(s, None, "田甜", "覃文", "0739-6520110", f"{YEAR - 1}年11月17日")
    return b


@variant(
    "lw16-street-unit-placeholder",
    (1, 4),
    "街道办: project, OLD-NAT, 比较符 and 计量单位 "
    "columns; 户 in the value against 人 in the unit column, a placeholder target",
)
def lw16() -> Book:
    b = Book()
    s = b.sheet("居家养老服务", (14, 14, 30, 10, 12, 12, 30))
    project_head(
        s,
        year=YEAR,
        name="社区居家养老服务",
        dept="河西街道办事处",
        unit="河西街道办事处",
        money=project_money((60, 60, 0)),
        goals=("为辖区高龄、失能及困难老年人提供助餐、助洁等居家养老服务。",),
    )
    indicators(
        s,
        COL7,
        [
            ("产出指标", "数量指标", "服务老年人人数", "≥", 400, "人", None),
            (None, None, "居家适老化改造", "≥", mk("12户", "T112", "error"), "人", None),
            (None, None, "助餐服务人次", "≥", 9600, "人次", None),
            (None, "质量指标", "服务投诉处理率", "=", pct(1), "%", None),
            (None, "时效指标", "服务需求响应时限", "≤", 24, "小时", None),
            (None, "成本指标", "助餐服务补贴标准", "≤", 5, "元/人次", None),
            ("效益指标", "社会效益指标", "老年人生活质量", "定性", "有所提高", None, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "服务对象满意度",
                "≥",
                mk("XX%", "X101", "error"),
                "%",
                "待定",
            ),
        ],
    )
    footer(s, None, "彭静", "吴军", "0739-5590218", f"{YEAR - 1}年11月24日", 7)
    return b
